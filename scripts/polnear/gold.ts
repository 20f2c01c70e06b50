/**
 * PolNeAR annotations → gold for Saidby's task: every direct quotation (our
 * own mark scanner, scripts/polnear/quotes.ts) that lies inside an annotated
 * Content span, with the linked Source resolved to the name forms a right
 * speaker may carry. A source with no name we can be sure of (anonymous,
 * plural, a pronoun or description with no named coreference chain, or a
 * chain naming two different people) leaves its quote scored for detection only.
 */
import { attributionsOf, overlapWith, parseAnn, spanEnd, spanStart, type BratAttribution, type BratSpan } from "./brat";
import { mentionTokens, readCoreNlp, tokensIn, type CoreDocument, type CoreMention, type CoreToken } from "./corenlp";
import { givenNameGender } from "../../src/core/entity-type";
import { crudeTokens, headName, nameRuns, sameName } from "./names";
import { scanQuotes, type ScannedQuote } from "./quotes";

/** A quote is gold when this share of its characters lies in one attribution's Content. */
export const CONTENT_SHARE = 0.5;

export type Resolution =
  /** The source span names its speaker. */
  | "name"
  /** A pronoun or description, resolved through CoreNLP's coreference chain. */
  | "coreference"
  /** "who", "which": the name just before it. */
  | "relative"
  /** Detection only. */
  | "none";

export interface GoldQuote {
  start: number;
  end: number;
  paragraph: number;
  continues: boolean;
  attribution: string;
  /** The Source span's text, null when the attribution has none. */
  source: string | null;
  /** Acceptable name forms; empty = scored for detection only. */
  names: string[];
  resolution: Resolution;
  /** Why no name, for reading: "no source", "plural", "no named chain", "chain conflict", … */
  note: string | null;
}

export interface ConvertedArticle {
  gold: GoldQuote[];
  /** Quotes in no Content span: titles, scare quotes, unannotated speech. */
  outside: ScannedQuote[];
  /** Every Content span, for telling where an unmatched prediction lies. */
  contents: BratSpan[];
  /** Every attribution with a Content, and the CoreNLP reading: reported speech is scored from them (reported.ts). */
  attributions: BratAttribution[];
  core: CoreDocument | null;
}

/** Characters a coreference mention may start after its source span ("the " of "the senator"). */
const MENTION_START_SLACK = 4;
const PLURAL_PRONOUNS = new Set(["they", "them", "we", "us", "their", "our", "ours", "theirs", "you", "some", "many", "others", "both", "all", "those", "these"]);
const FIRST_PERSON = new Set(["i", "me", "my", "mine", "myself"]);
const PERSONAL_PRONOUNS = new Set(["he", "him", "his", "himself", "she", "her", "hers", "herself"]);
/** Head nouns of descriptions that stand for an organisation or a document, not a person. */
const ORGANIZATION_NOUNS = new Set([
  "campaign", "committee", "group", "company", "paper", "newspaper", "network", "agency", "department", "administration",
  "poll", "survey", "ad", "advertisement", "report", "statement", "website", "site", "board", "organization",
  "organisation", "party", "court", "government", "office", "team", "firm", "group", "outlet", "magazine", "channel",
  "station", "study", "letter", "memo", "book", "article", "story", "post", "tweet", "release", "video", "union",
  "association", "council", "foundation", "institute", "center", "centre", "coalition", "movement", "pac", "state",
  "country", "city", "university", "school", "bureau", "service", "commission", "ministry", "house", "senate", "congress",
]);
const RELATIVE_PRONOUNS = new Set(["who", "which", "that", "whom"]);

export function convertArticle(text: string, ann: string, xml: string | null): ConvertedArticle {
  const attributions = attributionsOf(parseAnn(ann)).filter((a) => a.content);
  const core = xml ? readCoreNlp(xml) : null;
  const gold: GoldQuote[] = [];
  const outside: ScannedQuote[] = [];
  const quotes = scanQuotes(text);
  for (const q of quotes) {
    let best: BratAttribution | null = null;
    let bestOverlap = 0;
    for (const a of attributions) {
      const o = overlapWith(a.content!, q.start, q.end);
      // Nested attributions ("“…,” Lee said, according to the Daily Planet"): the quote lies in both contents;
      // the innermost one, the smallest content, is the attribution whose source spoke the words.
      if (o > bestOverlap || (o > 0 && o === bestOverlap && contentLength(a) < contentLength(best!))) {
        best = a;
        bestOverlap = o;
      }
    }
    if (!best || bestOverlap < CONTENT_SHARE * (q.end - q.start)) {
      outside.push(q);
      continue;
    }
    const resolved = resolveSource(best.source, text, core, quotes);
    const inner = core ? innerSpeaker(best.content!, quotes, core, text) : null;
    // "“…,” Lee said, according to the Daily Planet" annotated as one attribution of the outlet: the words are
    // Lee's, the source is who passed them on; which of the two a reader means is not ours to choose.
    const { names, resolution, note } = inner && !resolved.names.some((n) => sameName(n, inner)) ? none("nested speaker") : resolved;
    gold.push({ ...q, attribution: best.id, source: best.source ? best.source.text : null, names, resolution, note });
  }
  return { gold, outside, contents: attributions.map((a) => a.content!), attributions, core };
}

/** Speech verbs that, inside a Content span and outside its quotation marks, show a speaker nested in the content. */
const NESTED_CUES = new Set(["said", "says", "told", "tells", "added", "adds", "wrote", "writes", "tweeted", "asked", "explained", "continued", "declared"]);

/** A person named beside a speech verb inside the content but outside its quotations ("“…,” Lee said"), or null. */
function innerSpeaker(content: BratSpan, quotes: readonly ScannedQuote[], core: CoreDocument, text: string): string | null {
  const quoted = (t: CoreToken): boolean => quotes.some((q) => t.begin >= q.start - 1 && t.end <= q.end + 1);
  const tokens = content.fragments.flatMap(([s, e]) => tokensIn(core, s, e)).filter((t) => !quoted(t));
  if (!tokens.some((t) => NESTED_CUES.has(t.word.toLowerCase()))) return null;
  return nameRuns(tokens, text).find((r) => r.kind === "person")?.name ?? null;
}

const contentLength = (a: BratAttribution): number => a.content!.fragments.reduce((n, [s, e]) => n + e - s, 0);

interface Resolved {
  names: string[];
  resolution: Resolution;
  note: string | null;
}

const none = (note: string): Resolved => ({ names: [], resolution: "none", note });

/**
 * The name forms a source span stands for. `quoted`: the article's quotations, whose names a pronoun's chain may
 * not be trusted through (CoreNLP links a "he" after “… I love Ann,” to Ann).
 */
export function resolveSource(source: BratSpan | null, text: string, core: CoreDocument | null, quoted: readonly ScannedQuote[] = []): Resolved {
  if (!source) return none("no source");
  const tokens = core
    ? source.fragments.flatMap(([s, e]) => tokensIn(core, s, e))
    : source.fragments.flatMap(([s, e]) => crudeTokens(text.slice(s, e), s));
  const head = headName(tokens, text);
  if (head) {
    const forms = [head.name];
    if (core) {
      const chain = chainAt(core, head.tokens[0]!.begin, head.tokens[head.tokens.length - 1]!.end, true);
      if (chain) forms.push(...compatibleForms(chainForms(core, chain, text), head.name));
    }
    return { names: dedupe(forms), resolution: "name", note: null };
  }
  const words = tokens.filter((t) => /\p{L}/u.test(t.word));
  if (words.length === 0) return none("empty source");
  const only = words.length === 1 ? words[0]!.word.toLowerCase() : null;
  if (only && PLURAL_PRONOUNS.has(only)) return none("plural");
  // First person in news is the writer or a speaker inside a quotation: CoreNLP's chains for it are not to be trusted.
  if (only && FIRST_PERSON.has(only)) return none("first person");
  if (words.some((t) => t.pos === "NNS" || t.pos === "NNPS") && !words.some((t) => t.pos === "NN")) return none("plural");
  if (!core) return none("no coreference file");
  if (only && RELATIVE_PRONOUNS.has(only)) return relative(core, words[0]!, text);
  const found = chainAt(core, spanStart(source), spanEnd(source), false);
  if (!found) return none("no chain");
  const personal = only !== null && PERSONAL_PRONOUNS.has(only);
  const chain = personal ? found.filter((m) => !quoted.some((q) => m.begin >= q.start && m.finish <= q.end)) : found;
  if (only && personal) {
    // CoreNLP links many a "he" to the wrong person: trust the chain only when a name of it stands close before, of the pronoun's gender.
    const doubt = pronounChainDoubt(core, chain, words[0]!, only, text, quoted);
    if (doubt) return none(doubt);
  }
  // "he", "the senator", "a State Department official": a person, whatever organisation the chain swept in;
  // "it", "the campaign", "the paper": anything named.
  const last = words[words.length - 1]!.word.toLowerCase();
  const person = (only !== null && PERSONAL_PRONOUNS.has(only)) || (only === null && !ORGANIZATION_NOUNS.has(last) && words[words.length - 1]!.pos === "NN");
  return fromChain(core, chain, text, person);
}

/** Sentences a pronoun may reach back to the nearest name of its chain and still be trusted. */
const PRONOUN_NAME_REACH = 10;
const MALE_PRONOUNS = new Set(["he", "him", "his", "himself"]);

/** Why a pronoun's chain is not to be trusted, or null: its nearest name is far back, or a given name of the other gender. */
function pronounChainDoubt(core: CoreDocument, chain: readonly CoreMention[], pronoun: CoreToken, word: string, text: string, quoted: readonly ScannedQuote[]): string | null {
  let nearest: { mention: CoreMention; name: string } | null = null;
  for (const m of chain) {
    if (m.begin >= pronoun.begin) continue;
    const head = headName(mentionTokens(core, m), text);
    if (head?.kind === "person" && (!nearest || m.begin > nearest.mention.begin)) nearest = { mention: m, name: head.name };
  }
  if (!nearest || pronoun.sentence - nearest.mention.sentence > PRONOUN_NAME_REACH) return "pronoun far from a name";
  // Another person named between the chain's name and the pronoun could be the one meant: a reader would have to weigh them.
  // A surname CoreNLP tags as a person anywhere in the article counts where it tags it otherwise ("Vorlandi said he …");
  // a name inside a quotation does not (“I love Ann,” he said: he is not Ann).
  const own = new Set(nearest.name.toLowerCase().split(/\s+/u));
  const people = personWords(core);
  const between = core.sentences.slice(nearest.mention.sentence - 1, pronoun.sentence).flat()
    .filter((t) => t.begin >= nearest!.mention.finish && t.end <= pronoun.begin && !quoted.some((q) => t.begin >= q.start && t.end <= q.end));
  if (between.some((t) => /^\p{Lu}/u.test(t.word) && !own.has(t.word.toLowerCase()) && (t.ner === "PERSON" || people.has(t.word.toLowerCase())))) return "another person between";
  // The chain's fullest name may carry the given name its nearest mention lacks ("Vole" after "Ann Vole").
  const expected = MALE_PRONOUNS.has(word) ? "male" : "female";
  for (const name of chainForms(core, chain, text, true)) {
    const gender = givenNameGender(name);
    if ((gender === "male" || gender === "female") && gender !== expected) return "pronoun of the other gender";
  }
  return null;
}

const personWordsOf = new WeakMap<CoreDocument, Set<string>>();

/** Every word CoreNLP tags as part of a person's name somewhere in the article, lower-cased. */
function personWords(core: CoreDocument): Set<string> {
  let words = personWordsOf.get(core);
  if (!words) {
    words = new Set(core.sentences.flat().filter((t) => t.ner === "PERSON" && /^\p{Lu}/u.test(t.word)).map((t) => t.word.toLowerCase()));
    personWordsOf.set(core, words);
  }
  return words;
}

/** "Jo Lee, who said …": the name just before the relative pronoun, and its chain's forms. */
function relative(core: CoreDocument, pronoun: CoreToken, text: string): Resolved {
  const sentence = core.sentences[pronoun.sentence - 1] ?? [];
  let k = pronoun.index - 2;
  while (k >= 0 && /^[,(]$/u.test(sentence[k]!.word)) k--;
  let from = k;
  while (from >= 0 && (sentence[from]!.pos === "NNP" || sentence[from]!.pos === "NNPS")) from--;
  const head = k > from ? headName(sentence.slice(from + 1, k + 1), text) : null;
  if (!head) return none("relative without a name");
  const forms = [head.name];
  const chain = chainAt(core, head.tokens[0]!.begin, head.tokens[head.tokens.length - 1]!.end, true);
  if (chain) forms.push(...compatibleForms(chainForms(core, chain, text), head.name));
  return { names: dedupe(forms), resolution: "relative", note: null };
}

function fromChain(core: CoreDocument, chain: CoreMention[], text: string, person: boolean): Resolved {
  const forms = chainForms(core, chain, text, person);
  if (forms.length === 0) return none("no named chain");
  // The fullest form; every other must be the same person, or the chain merged two people.
  const fullest = [...forms].sort((a, b) => b.split(/\s+/u).length - a.split(/\s+/u).length || b.length - a.length)[0]!;
  if (!forms.every((f) => sameName(f, fullest))) return none("chain conflict");
  return { names: dedupe([fullest, ...forms]), resolution: "coreference", note: null };
}

/** The chain with a mention over [start, end): the one whose extent fits best. */
function chainAt(core: CoreDocument, start: number, end: number, containing: boolean): CoreMention[] | null {
  let best: CoreMention[] | null = null;
  let bestScore = -Infinity;
  for (const chain of core.chains) {
    for (const m of chain) {
      const overlap = Math.min(end, m.finish) - Math.max(start, m.begin);
      if (overlap <= 0) continue;
      if (containing && !(m.begin <= start && m.finish >= end)) continue;
      const headToken = core.sentences[m.sentence - 1]?.[m.head - 1];
      if (!containing && headToken && (headToken.end <= start || headToken.begin >= end)) continue;
      // A description's own mention starts where it starts (give or take a determiner): not a name inside it
      // ("an aide to President Vole" is not Vole).
      // and ends where it ends ("Vole's campaign" is not Vole).
      if (!containing && (m.begin > start + MENTION_START_SLACK || m.finish < end - MENTION_START_SLACK)) continue;
      const score = overlap - 0.5 * (m.finish - m.begin - overlap) - 0.5 * (end - start - overlap);
      if (score > bestScore) {
        best = chain;
        bestScore = score;
      }
    }
  }
  return best;
}

/** Every proper-name form in a chain's mentions (heads only: "Vole" in "Vole’s aide" is not the aide). */
function chainForms(core: CoreDocument, chain: readonly CoreMention[], text: string, personOnly = false): string[] {
  const forms: string[] = [];
  for (const m of chain) {
    const head = headName(mentionTokens(core, m), text);
    if (head && (!personOnly || head.kind === "person")) forms.push(head.name);
  }
  return dedupe(forms);
}

/** The chain's forms of the same person as `name`; none when they disagree among themselves (a chain that merged two people named Vole). */
function compatibleForms(forms: readonly string[], name: string): string[] {
  const same = forms.filter((f) => sameName(f, name));
  return same.every((a) => same.every((b) => sameName(a, b))) ? same : [];
}

function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
