/**
 * Text in quotation marks that is nobody's words: titles ("Star Wars"),
 * names of campaigns and shows, scare quotes.
 *
 * `namesAWork` is strong evidence and holds even when a speech cue is near
 * (`Vole said on Quill's "Market Hour"`); `isUnclaimedFragment` is weak and
 * applies only to quotes no cue claims.
 */
import { wordSet } from "./word-set";
import { startsUpper } from "./characters";
import { SPEECH_VERBS } from "./speech-verbs";
import type { BlockKind } from "./attribution";
import type { QuoteSpan } from "./quotes";

/** Words before a quotation that announce a name or a phrase, not a statement: `the word "pivot"`. */
const NAMING_BEFORE =
  /\b(titled|entitled|named|nicknamed|so-called|dubbed|hashtag|(?:the )?(?:word|words|term|phrase|slogan|motto|tagline|label))\s*$/iu;
/**
 * Kinds of work before a quotation that is their capitalised title: `the campaign "Starts with one."`.
 * A quotation opening in lower case goes on the sentence instead: `expects the campaign "to keep going."`
 */
const WORK_BEFORE = /\b(?:campaign|series|show|film|movie|book|song|album|podcast|program|programme|headline)\s*$/iu;
/**
 * Words after a quotation that show it names a work or campaign: the "Meth. We're on it." (awareness) campaign.
 * A comma between them hands over to a speaker instead: `"…," campaign spokeswoman Jo Lee said`.
 */
const NAMING_AFTER =
  /^\s*\.?\s*(?:(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)\s)[\w\u00C0-\u024F-]+\s+)?(campaign|slogan|series|show|film|movie|book|song|album|podcast|program|programme|ad|ads|tagline|segment|franchise|brand|initiative|documentary|episode|column|headline|motto|hashtag)\b/iu;
/** `a show called "Ask Dr. Vole"`, `it is known as "…"`: "called" right before the marks names, "called it '…'" reports. */
const CALLED_BEFORE = /\b(?:called|known as|dubbed|nicknamed|named|titled|termed|labell?ed|a rating of|the nickname(?: of)?)\s*$/iu;
/** Determiners and possessives before a quoted modifier: his "tough on crime" stance. */
const MODIFIER_BEFORE = /\b(?:a|an|the|his|her|their|its|our|my|your|this|that)\s*$/iu;
/** Nouns a quoted label qualifies: his "tough on crime" stance, a "zero tolerance" policy, "save the students" marches. */
const LABELLED_NOUNS: ReadonlySet<string> = wordSet(`
  stance stances policy policies approach approaches strategy strategies plan plans rule rules law laws bill bills
  program programs programme programmes initiative initiatives slogan slogans label labels tag tags brand brands
  movement movements rhetoric message messages narrative narratives style styles mode era doctrine agenda
  platform philosophy mentality mindset culture marches march protest protests rally rallies chant chants sign
  signs banner banners list lists status designation classification category rating ratings scheme schemes
  policy-makers pledge pledges promise promises mantra motto logo theme themes tour tours event events
`);
/** Longest quoted label, in words: his "tough on crime" stance. */
const MAX_LABEL_WORDS = 4;
/** Short lower-case words a title may contain without breaking its Title Case. */
const TITLE_SMALL_WORDS: ReadonlySet<string> = wordSet(`
  a an the of and or in on at to for with by from
`);
/** Titles are short; a longer capitalised span is more likely a shouted statement. */
const MAX_TITLE_WORDS = 5;
/** "Jesus Is Just Alright With Me": song and film titles run a little longer. */
const MAX_WORK_TITLE_WORDS = 8;
/** A quotation this short, with no speech cue near it, is a scare quote more often than a statement. */
const MAX_SCARE_QUOTE_WORDS = 2;
/** Characters of context read on each side of the quotation. */
const CONTEXT_CHARS = 40;
/** Words of a quotation read for its shape: every test below bounds the count lower, so a long quotation is not split whole. */
const WORDS_READ = MAX_WORK_TITLE_WORDS + 1;

interface Context {
  /** The quotation's first words, WORDS_READ at most. */
  words: string[];
  before: string;
  after: string;
}

function contextOf(text: string, span: QuoteSpan): Context {
  const inner = text.slice(span.start, span.end).replace(/[,.;:!?]+$/u, "");
  const end = span.close === -1 ? text.length : span.close + 1;
  return {
    words: inner.trimStart().split(/\s+/u, WORDS_READ).filter(Boolean),
    before: text.slice(Math.max(0, span.open - CONTEXT_CHARS), span.open),
    after: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** The name of a work, show or campaign: never anyone's statement, cue or not. */
export function namesAWork(text: string, span: QuoteSpan, blockKind: BlockKind): boolean {
  const { words, before, after } = contextOf(text, span);
  const namedAfter = NAMING_AFTER.test(after) && !/,\s*$/u.test(text.slice(span.start, span.end));
  const titled = WORK_BEFORE.test(before) && words.length > 0 && opensAsTitle(words[0]!);
  // "what Lee called “a circus with no tent”": a lower-case phrase of four words or more after "called" is words someone used, not a name.
  const calledName = CALLED_BEFORE.test(before) && (words.length <= 3 || opensAsTitle(words[0]!));
  if (NAMING_BEFORE.test(before) || titled || namedAfter || calledName) return true;
  // Titles of songs, films, shows: Title Case, more than one word, outside headlines (which are all Title Case);
  // not words someone is said to have spoken (`"Like Quillton. Or Zorgton," Lee said`).
  const spoken = /[,!?]\s*$/u.test(text.slice(span.start, span.end)) && cueAfter(after);
  return blockKind !== "heading" && !spoken && words.length >= 2 && words.length <= MAX_WORK_TITLE_WORDS && isTitleCase(words);
}

/** "(CROSSTALK.)", "[laughter]": a transcript's note on the room, in brackets, in capitals or one of these words. */
const STAGE_DIRECTION = /^\s*[([]\s*([^()[\]]*?)[.,]?\s*[)\]][.,]?\s*$/u;
const ROOM_NOTES: ReadonlySet<string> = wordSet(`
  applause laughter crosstalk inaudible unintelligible cheers cheering booing silence
`);

/** A transcript's note on the room, all in brackets, is nobody's words (“(We will fix it.)” still is someone's). */
export function isStageDirection(text: string, span: QuoteSpan): boolean {
  const note = STAGE_DIRECTION.exec(text.slice(span.start, span.end))?.[1];
  return note !== undefined && ((/\p{Lu}/u.test(note) && note === note.toUpperCase()) || ROOM_NOTES.has(note.toLowerCase()));
}

/** Most words of a name (or a pronoun) before the verb of saying that follows a quotation: `," Ann Vole said`. */
const CUE_AFTER_NAME_WORDS = 3;

/** A name (or a pronoun) and a verb of saying right after a quotation: `," Lee said`, `," she says`. */
function cueAfter(after: string): boolean {
  const words = after.trimStart().split(/\s+/u, CUE_AFTER_NAME_WORDS + 1);
  const verb = words.findIndex((w) => SPEECH_VERBS.has(w.replace(/[.,;:!?]+$/u, "").toLowerCase()));
  return verb >= 1 && words.slice(0, verb).every((w) => startsUpper(w) || /^(?:he|she|they)$/u.test(w));
}

/**
 * A short quotation that qualifies the noun after it, between a determiner and
 * that noun: his "tough on crime" stance, a "zero tolerance" policy. A label,
 * not anyone's statement, whatever cue is near.
 */
export function qualifiesNoun(text: string, span: QuoteSpan): boolean {
  const inner = text.slice(span.start, span.end);
  if (/[,.;:!?…]\s*$/u.test(inner) || inner.split(/\s+/u, MAX_LABEL_WORDS + 1).length > MAX_LABEL_WORDS || span.close === -1) return false;
  const { before, after } = contextOf(text, span);
  const noun = /^\s*([a-z][a-z-]+)\b/u.exec(after)?.[1];
  return MODIFIER_BEFORE.test(before) && noun !== undefined && LABELLED_NOUNS.has(noun);
}

/** A title in Title Case or a two-word scare quote that no cue claims. */
export function isUnclaimedFragment(text: string, span: QuoteSpan, blockKind: BlockKind, sentenceHasCue: boolean): boolean {
  const { words } = contextOf(text, span);
  if (blockKind !== "heading" && words.length <= MAX_TITLE_WORDS && isTitleCase(words)) return true;
  return !sentenceHasCue && words.length <= MAX_SCARE_QUOTE_WORDS;
}

function isTitleCase(words: readonly string[]): boolean {
  const content = words.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  return content.length > 0 && content.every(opensAsTitle);
}

/** A word a title may hold: capitalised, or a number ("13 Hours"). */
function opensAsTitle(word: string): boolean {
  return startsUpper(word) || /^\d/u.test(word);
}
