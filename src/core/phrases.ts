/**
 * Noun phrases around a speech verb, read off the block's tokens: who is the
 * subject of "said" ("The army general command said"), or who follows it
 * ("said Ruiz"), and what kind of speaker that phrase names.
 */
import { wordSet } from "./word-set";
import { isUpper } from "./characters";
import { ANONYMOUS_PERSON_NOUNS, DOCUMENT_NOUNS, HONORIFICS, isOrganizationWord, isRoleNoun } from "./roles";
import { SPEECH_VERBS } from "./speech-verbs";
import type { Sentence } from "./sentences";
import type { Token } from "./tokens";
import { dashEndingAt, dashStartingAt, isPossessive, withoutPossessive } from "./tokens";
import { givenNameGender, isCommonWordName, namesPlace, openerBeforeName, partyOf } from "./entity-type";
import {
  AUXILIARIES,
  COURTESY_TITLES,
  DETERMINERS,
  GROUP_PRONOUNS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NOT_NAME_WORDS,
  OPENING_PREPOSITIONS,
  PERSON_PRONOUNS,
  RELATIVE_PRONOUNS,
  SELF_PRONOUNS,
  THING_PRONOUNS,
  TIME_WORDS,
} from "./vocabulary";

/** "document": "the statement said" — the words of whoever issued it. */
export type PhraseKind = "person" | "organization" | "anonymous" | "pronoun" | "document";

export interface Phrase {
  kind: PhraseKind;
  /** Token range of the whole phrase, determiner and titles included. */
  from: number;
  to: number;
  /** For persons and organisations: the token range of the name itself ("John Reyes" in "CEO John Reyes"). */
  nameFrom: number;
  nameTo: number;
  /** Token range of an appositive: "Ana Ruiz, [a Syria expert …]," */
  appositive: readonly [number, number] | null;
}

/** "QDC", "TASS", "Acme": capitals only, no dots (not "U.S."). */
const ACRONYM = /^[A-Z][A-Z&]+$/u;

/** Prepositions that may join the parts of a speaker phrase: "source in Damascus", "Institute for …". */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = wordSet(`
  of for in at from with on to and &
`);
/** Unknown lower-case words a phrase may hold before its determiner: "one [informed] source". */
const MAX_OPEN_WORDS = 3;
/** Longest speaker phrase, in tokens: "the authors of the research published in the journal Quill Psychiatry". */
const MAX_PHRASE_TOKENS = 14;
/** How far back an appositive's opening comma may be: "Ana Ruiz, a Syria expert and fellow at …, told". */
const MAX_APPOSITIVE_TOKENS = 30;

export function isPronoun(lower: string): boolean {
  return PERSON_PRONOUNS.has(lower) || THING_PRONOUNS.has(lower) || GROUP_PRONOUNS.has(lower) || SELF_PRONOUNS.has(lower);
}

export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === "word";
}

/**
 * A word that may be part of a person's name: "Vole", "J.", "de", not "Ministry", "President", "Earlier".
 * The name readers ask it of the same tokens again and again, each reading several look-ups: the token keeps it.
 */
function isNameWord(t: Token): boolean {
  return (t.nameWord ??= readNameWord(t));
}

function readNameWord(t: Token): boolean {
  if (t.text.length === 2 && t.text[1] === "." && isUpper(t.text[0])) return true; // an initial: "Ann J. Vole"
  if (/-based$/u.test(t.lower)) return false; // "Oslo-based Jo Lee"
  if (!t.capitalized) return NAME_PARTICLES.has(t.lower) || /^(al|el|bin)-/u.test(t.lower);
  // "Don’t Republicans …?", "Vole Urges Ruritania …": a negated auxiliary, or a headline's verb of saying, is no name.
  if (/n['’]t$/u.test(t.lower) || (SPEECH_VERBS.has(t.lower) && /[^s]s$/u.test(t.lower))) return false;
  const bare = t.bare;
  if (NOT_NAME_WORDS.has(bare) || HONORIFICS.has(t.lower) || HONORIFICS.has(bare) || isHyphenatedTitle(t)) return NAME_SUFFIXES.has(t.lower);
  if (isOrganizationWord(bare) || isRoleNoun(bare, true)) return false;
  return true;
}

/** Words skipped as auxiliaries ("went on", "ever since") that after a name are prepositions: "met Paul Grant on Monday". */
const PREPOSITION_AUXILIARIES: ReadonlySet<string> = new Set(["on", "since", "once"]);

/** "was", "wasn't", "has", "said", "visited": a finite verb right after a name makes the name a subject. */
export function looksLikeVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== "word" || t.capitalized || PREPOSITION_AUXILIARIES.has(t.lower)) return false;
  return AUXILIARIES.has(t.lower) || /n['’]t$/u.test(t.lower) || SPEECH_VERBS.has(t.lower) || /[^e]ed$/u.test(t.lower);
}

/** Nouns ending in -ly, no adverbs: "the family said", "the assembly voted". */
const NOUNS_IN_LY: ReadonlySet<string> = wordSet(`family assembly supply rally anomaly monopoly tally reply`);

/** Skips "also", "has", "later", "quickly" between a subject and its verb, walking left. */
export function skipAuxiliariesBack(tokens: readonly Token[], i: number, floor: number): number {
  let j = i;
  while (j >= floor) {
    const t = tokens[j]!;
    if (t.kind !== "word" || !(AUXILIARIES.has(t.lower) || (/ly$/u.test(t.lower) && !t.capitalized && t.lower.length > 4 && !NOUNS_IN_LY.has(t.lower)))) break;
    // "Ann May said": after a given name, a capitalised "May" or "Will" is a surname, not an auxiliary.
    if (j > floor && isSurnameAfterGivenName(tokens, j)) break;
    j--;
  }
  return j;
}

/** Days and spans a time phrase between a subject and its verb ends with: "Lee last week said", "Lee on Tuesday said". */
const TIME_NOUNS: ReadonlySet<string> = wordSet(`
  week month year weekend night monday tuesday wednesday thursday friday saturday sunday
`);
/**
 * Words after which a subject opens its clause ("As Lee himself noted", "insists that Lee himself asked", "where the
 * council on Wednesday called") or is a passive's agent ("a report released by the institute last year estimated");
 * not a verb's or a preposition's object ("Officials who met Lee on Tuesday said").
 */
const CLAUSE_OPENERS: ReadonlySet<string> = wordSet(`as and but so then while that where which who whom when by`);
/** Pronouns that are a clause's subject: "she last week said". */
const SUBJECT_PRONOUNS: ReadonlySet<string> = wordSet(`he she they it we i`);
/** A time word alone between a subject and its verb: "Lee yesterday said". */
const TIME_ADVERBS: ReadonlySet<string> = wordSet(`yesterday today tonight`);
/** "As Lee himself noted": a reflexive that stresses the subject. */
const REFLEXIVES: ReadonlySet<string> = wordSet(`himself herself themselves itself`);

/** Skips "last week", "on Tuesday", "yesterday", "himself" between a subject and its verb, walking left from `i`. */
function skipTimeBack(tokens: readonly Token[], i: number, floor: number): number {
  const t = tokens[i];
  if (i < floor || !t || t.kind !== "word" || t.capitalized && !TIME_NOUNS.has(t.lower)) return i;
  if (TIME_ADVERBS.has(t.lower) || REFLEXIVES.has(t.lower)) return i - 1;
  const before = tokens[i - 1]?.lower ?? "";
  if (TIME_NOUNS.has(t.lower) && i - 1 > floor && /^(?:last|this|next|on)$/u.test(before)) return i - 2;
  return i;
}

/** The phrase that ends just before token `verb` (its subject), or null. */
export function phraseBefore(tokens: readonly Token[], verb: number, floor: number): Phrase | null {
  const beforeTime = skipAuxiliariesBack(tokens, verb - 1, floor);
  const j = skipAuxiliariesBack(tokens, skipTimeBack(tokens, beforeTime, floor), floor);
  // "Lee last week said": only a subject that opens its clause ("Officials who met Lee on Tuesday said" is not Lee's).
  if (j !== beforeTime) {
    if (isWord(tokens[j]) && SUBJECT_PRONOUNS.has(tokens[j]!.lower)) return pronoun(j);
    const subject = isWord(tokens[j]) ? collectBackward(tokens, j, floor) : null;
    const before = subject ? tokens[subject.from - 1] : undefined;
    return subject && (subject.from === floor || before?.kind !== "word" || before.capitalized || CLAUSE_OPENERS.has(before.lower) || isRoleNoun(before.bare)) ? subject : null;
  }
  if (j < floor) return null;
  const t = tokens[j]!;
  if (t.kind === "word" && isPronoun(t.lower)) return pronoun(j);
  // "… from Dan Ruffo, who said, “…”", "the agency, which said", "the Quill Police Department which reported":
  // the relative pronoun's antecedent, with or without the comma.
  const last = tokens[j - 1]?.text === "," ? j - 2 : j - 1;
  if (t.kind === "word" && (t.lower === "who" || t.lower === "which") && isWord(tokens[last]) && last >= floor) {
    // The capitalised run before the comma: "an endorsement from Dan Ruffo" is Ruffo's.
    let from = last;
    while (from > floor && isWord(tokens[from - 1]) && (tokens[from - 1]!.capitalized || isTitleWord(tokens[from - 1]!))) from--;
    const antecedent = tokens[last]!.capitalized ? classify(tokens, from, last + 1) : null;
    return antecedent && (antecedent.kind === (t.lower === "who" ? "person" : "organization")) ? antecedent : null;
  }
  // "Gov. Jo Lee (R-Ohio), said": the name before the party tag, the comma only closing it.
  if (t.kind === "punct" && t.text === "," && tokens[j - 1]?.text === ")") {
    const open = parenthesisOpening(tokens, j - 1, floor);
    const named = open !== null && isWord(tokens[open - 1]) ? collectBackward(tokens, open - 1, floor) : null;
    if (named?.kind === "person") return named;
  }
  if (t.kind === "punct" && t.text === ",") return appositiveSubject(tokens, j, floor);
  const dash = t.kind === "punct" ? dashEndingAt(tokens, j) : -1;
  if (dash >= 0) return dashedAppositiveSubject(tokens, dash, floor);
  // "Rep. Jo Lee (R-Texas) said", "Lee (D) said": a short parenthesis between the name and its verb.
  if (t.kind === "punct" && t.text === ")") {
    const open = parenthesisOpening(tokens, j, floor);
    return open !== null && isWord(tokens[open - 1]) ? collectBackward(tokens, open - 1, floor) : null;
  }
  if (t.kind !== "word") return null;
  const tied = tiedSourceEndingAt(tokens, j, floor);
  if (tied) return tied;
  const phrase = collectBackward(tokens, j, floor);
  return (phrase && unclosedAppositive(tokens, phrase, floor)) ?? phrase;
}

/** Words that tie an unnamed source to what they know: "a source close to the family", "people familiar with the talks". */
const SOURCE_TIES: readonly (readonly [string, string])[] = [["close", "to"], ["familiar", "with"], ["briefed", "on"], ["involved", "in"], ["knowledgeable", "about"]];
/** Longest tied source read, in tokens: "a person familiar with the company's plans for the port". */
const MAX_TIED_SOURCE_TOKENS = 12;

/** Whether a source's tie ("close to", "familiar with") starts at token `k`. */
function tiesSourceAt(tokens: readonly Token[], k: number): boolean {
  return SOURCE_TIES.some(([a, b]) => tokens[k]?.lower === a && tokens[k + 1]?.lower === b);
}

/** Whether an unnamed source's phrase ties them to what they know: "a person close to the family". */
export function isTiedSource(tokens: readonly Token[], phrase: Phrase): boolean {
  return phrase.kind === "anonymous" && tiesSourceAt(tokens, phrase.nameFrom + 1);
}

/** "… a source close to the family said": the unnamed source whose tie ends at token `end`, words only between. */
function tiedSourceEndingAt(tokens: readonly Token[], end: number, floor: number): Phrase | null {
  for (let k = end - 2; k >= Math.max(floor, end - MAX_TIED_SOURCE_TOKENS); k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") return null;
    if (!ANONYMOUS_PERSON_NOUNS.has(t.lower) || !tiesSourceAt(tokens, k + 1)) continue;
    const from = DETERMINERS.has(tokens[k - 1]?.lower ?? "") ? k - 1 : k;
    // "Jo Lee, a friend close to the family, said": the appositive describes the name, who speaks.
    const appositive = tokens[from - 1]?.text === "," && tokens[from - 2]?.capitalized === true;
    return appositive ? null : phrase("anonymous", from, end + 1, k, end + 1);
  }
  return null;
}

/** "said a person familiar with the talks": the unnamed source whose noun is at `k` (after any determiner), to the clause's end. */
function tiedSourceFrom(tokens: readonly Token[], k: number, ceiling: number): Phrase | null {
  const noun = DETERMINERS.has(tokens[k]?.lower ?? "") ? k + 1 : k;
  if (!ANONYMOUS_PERSON_NOUNS.has(tokens[noun]?.lower ?? "") || !tiesSourceAt(tokens, noun + 1)) return null;
  let end = noun + 3;
  while (end < ceiling && end - k < MAX_TIED_SOURCE_TOKENS && tokens[end]!.kind === "word") end++;
  return phrase("anonymous", k, end, noun, end);
}

/**
 * "Nell Ashby, the party's press officer said": an appositive the
 * writer never closed. The description before the verb belongs to the name
 * that opens the sentence before its comma, and the name speaks.
 */
function unclosedAppositive(tokens: readonly Token[], description: Phrase, floor: number): Phrase | null {
  // The comma the description follows: right before the phrase, or before lower-case words that lead to it ("Erik
  // Vole, a physical oceanographer at the University of Quillton in Harbour told …": the phrase before the verb is a
  // name inside the description).
  let comma = description.from - 1;
  while (comma > floor && description.from - comma < MAX_APPOSITIVE_TOKENS && tokens[comma]!.kind === "word") comma--;
  // Right after the comma, the phrase itself must describe ("the party's press officer"), not name.
  if (comma === description.from - 1 && description.kind !== "anonymous" && description.kind !== "organization") return null;
  const last = tokens[comma - 1];
  if (tokens[comma]?.text !== "," || tokens[comma + 1]!.capitalized || !isWord(last) || !last.capitalized) return null;
  // "Worse, as one executive said, …": a clause after the comma ("as", "when", "because" …) is no description
  // ("Jo Lee, from the Quill Institute said" is one).
  if (CLAUSE_SUBORDINATORS.has(tokens[comma + 1]!.lower)) return null;
  const name = collectBackward(tokens, comma - 1, floor);
  // "Speaking in the Commons, the MP said": a clause opened by a participle is no name.
  const participle = name !== null && tokens[name.from]!.lower.endsWith("ing") && openerBeforeName(tokens[name.from]!.text) === "participle";
  return name?.kind === "person" && !participle && opensClause(tokens, name.from, floor) ? { ...name, appositive: [comma + 1, description.to] as const } : null;
}

/** Words that open a clause of their own after a comma: "Worse, as one executive said". */
const CLAUSE_SUBORDINATORS: ReadonlySet<string> = wordSet(`as when while because although though if since until unless whereas`);

/** Whether a name at `from` opens the clause that starts at `floor`, or follows the quotation that opens it ("“…,” Nell Ashby, …"). */
function opensClause(tokens: readonly Token[], from: number, floor: number): boolean {
  return from === floor || (from === floor + 1 && tokens[floor]!.kind === "quote");
}

/** "Lee, who …" and "Lee, whose …": a clause about the person before the comma. */
const RELATIVE_PERSON_PRONOUNS: ReadonlySet<string> = new Set(["who", "whose"]);

/** Longest parenthesis a subject may carry before its verb, in tokens: "(R-Texas)", "(D-N.Y.)", "(the senator's aide)". */
const MAX_PARENTHESIS_TOKENS = 6;

/** The "(" of the parenthesis that ")" at `close` ends, within reach and holding no quotation. */
function parenthesisOpening(tokens: readonly Token[], close: number, floor: number): number | null {
  for (let k = close - 1; k >= Math.max(floor, close - MAX_PARENTHESIS_TOKENS); k--) {
    const t = tokens[k]!;
    if (t.kind === "quote" || t.text === ")") return null;
    if (t.text === "(") return k > floor ? k : null;
  }
  return null;
}

/** The phrase of a lone pronoun at token `i`. */
export function pronoun(i: number): Phrase {
  return { kind: "pronoun", from: i, to: i + 1, nameFrom: i, nameTo: i + 1, appositive: null };
}

/** "Vole, Acme's chairman of direct-to-consumer and international, said": the name before the first comma. */
/** Most words of a quotation an appositive may mention between a name and its verb. */
const MENTIONED_QUOTE_WORDS = 3;

function appositiveSubject(tokens: readonly Token[], comma: number, floor: number): Phrase | null {
  // "Jo Lee, a fellow at … in Oslo, Norway, and co-author…, said": the appositive holds commas
  // of its own, so look at every comma in reach and prefer the leftmost full name.
  let nearest: Phrase | null = null;
  let named: Phrase | null = null;
  for (let k = comma - 1; k >= Math.max(floor, comma - MAX_APPOSITIVE_TOKENS); k--) {
    const t = tokens[k]!;
    // A quotation ends the reach, unless it is a few words the appositive mentions ("holding a “Vote Vole” sign").
    if (t.kind === "quote" && (k === floor || t.text.split(/\s+/u).length > MENTIONED_QUOTE_WORDS)) break;
    if (t.kind !== "punct" || t.text !== "," || k + 1 >= comma) continue;
    // "Rep. Jo Lee (D-Calif.), chair of …, said": the name before the party tag.
    const open = tokens[k - 1]?.text === ")" ? parenthesisOpening(tokens, k - 1, floor) : null;
    const last = open !== null ? open - 1 : k - 1;
    const core = isWord(tokens[last]) ? collectBackward(tokens, last, floor) : null;
    if (!core || core.kind === "pronoun" || (core.kind === "person" && !tokens[last]!.capitalized)) continue;
    // "Karen Lee's son, filmmaker Charlie Dunn, said": the description's appositive is the name.
    // "his wife, Jane, said": after "his"/"her"/"their" one name is enough.
    if (core.kind === "anonymous") {
      const named = classify(tokens, k + 1, comma);
      const owned = POSSESSIVE_DETERMINERS.has(tokens[core.from]?.lower ?? "");
      if (named?.kind === "person") {
        const single = named.nameTo - named.nameFrom < 2;
        // "Another Quill student, Brittany, said": a given name after a noun of person is that person too (not after
        // "a neighbour of the owner", whose noun is the one the name may stand for).
        const head = tokens[core.to - 1]!.bare;
        const plain = !tokens.slice(core.from, core.to).some((t) => PHRASE_PREPOSITIONS.has(t.lower));
        const given = single && plain && givenNameGender(tokens[named.nameFrom]!.text) !== null && (isRoleNoun(head) || ANONYMOUS_PERSON_NOUNS.has(head));
        if (!single || owned || given) return named;
      }
    }
    // "QVF Chief Executive, Jo Lee, said": a capitalised title before the comma describes the full name after it.
    if (core.kind === "organization" && isRoleNoun(tokens[last]!.bare)) {
      const named = classify(tokens, k + 1, comma);
      if (named?.kind === "person" && named.nameTo - named.nameFrom >= 2) return named;
    }
    const phrase = { ...core, appositive: [k + 1, comma] as const };
    // "Jo Lee, whose label Acme Records sold the rights, said": the names inside a who-clause are not its subject.
    // Not "Jo Lee, 30, of Raleigh, N.C., who …": a region after its town is where the person is from.
    const region = core.to - core.from === 1 && tokens[core.from - 1]?.text === "," && !!tokens[core.from - 2]?.capitalized;
    if (RELATIVE_PERSON_PRONOUNS.has(tokens[k + 1]?.lower ?? "") && core.kind === "person" && !region) return phrase;
    nearest ??= phrase;
    if (core.kind === "person" && core.nameTo - core.nameFrom >= 2) named = phrase;
  }
  return named ?? nearest;
}

/** "Jo Lee — a teacher from Quillton — says": the person named before a pair of dashes, the second starting at `close`. */
function dashedAppositiveSubject(tokens: readonly Token[], close: number, floor: number): Phrase | null {
  for (let k = close - 1; k >= Math.max(floor, close - MAX_APPOSITIVE_TOKENS); k--) {
    const t = tokens[k]!;
    if (t.kind === "quote") return null;
    const open = t.kind === "punct" ? dashEndingAt(tokens, k) : -1;
    if (open < 0) continue;
    const core = k + 1 < close && isWord(tokens[open - 1]) ? collectBackward(tokens, open - 1, floor) : null;
    return core?.kind === "person" ? { ...core, appositive: [k + 1, close] as const } : null;
  }
  return null;
}

function collectBackward(tokens: readonly Token[], last: number, floor: number): Phrase | null {
  // "workers from neighboring states": a subject ends with a noun; an unknown lower-case word makes "states" a noun too.
  const end = tokens[last]!;
  if (!end.capitalized && !isKnownNoun(end.bare)) return null;
  let from = last + 1;
  let openWords = 0;
  let determined = false;
  for (let k = last; k >= floor && last - k < MAX_PHRASE_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") break;
    if (DETERMINERS.has(t.lower)) {
      // "Vole and his team wrote": the named person leads the group and speaks for it.
      const and = tokens[k - 1];
      if (POSSESSIVE_DETERMINERS.has(t.lower) && k - 2 >= floor && and?.lower === "and" && tokens[k - 2]!.capitalized) {
        const leader = collectBackward(tokens, k - 2, floor);
        if (leader?.kind === "person") return leader;
      }
      from = k;
      // "the authors of the research": a determiner after a preposition is inside the phrase.
      const before = tokens[k - 1];
      if (k - 1 >= floor && isWord(before) && PHRASE_PREPOSITIONS.has(before.lower) && before.lower !== "and") continue;
      determined = true;
      break;
    }
    if (t.capitalized) {
      // "Quill Rights Watch said": a page-furniture word ("Watch") that is also an organisation's word ends an
      // organisation's name after another capital.
      const endsOrganization = k === last && k > floor && isOrganizationWord(t.bare) && tokens[k - 1]!.capitalized && tokens[k - 1]!.kind === "word";
      if (NOT_NAME_WORDS.has(t.lower) && !HONORIFICS.has(t.lower) && !(k === last && isSurnameAfterGivenName(tokens, k)) && !endsOrganization) break;
      from = k;
      continue;
    }
    if (PHRASE_PREPOSITIONS.has(t.lower) || NAME_PARTICLES.has(t.lower)) {
      // "Customs and Zorg Protection", "the singer and guitarist": "and" joins names or roles only.
      const joinsRoles = isRoleNoun(tokens[k + 1]?.bare ?? "") && isRoleNoun(tokens[k - 1]?.bare ?? "");
      if (t.lower === "and" && !tokens[k + 1]?.capitalized && !joinsRoles) break;
      continue;
    }
    // "the report said": a document's name just before the verb is a noun, though it can report too.
    const documentHead = k === last && DOCUMENT_NOUNS.has(t.bare) && !AUXILIARIES.has(tokens[k - 1]?.lower ?? "") && !isPronoun(tokens[k - 1]?.lower ?? "");
    if ((SPEECH_VERBS.has(t.lower) && !documentHead) || AUXILIARIES.has(t.lower) || isPronoun(t.lower) || NOT_NAME_WORDS.has(t.lower)) break;
    if (!isKnownNoun(t.bare)) {
      if (++openWords > MAX_OPEN_WORDS) break;
    }
    from = k;
  }
  if (!determined) {
    // Without a determiner, unknown lower-case words on the left are not part of the phrase.
    while (from <= last && !tokens[from]!.capitalized && !isKnownNoun(tokens[from]!.bare)) from++;
  }
  while (from <= last && PHRASE_PREPOSITIONS.has(tokens[from]!.lower)) from++;
  if (from > last) return null;
  return classify(tokens, from, last + 1);
}

/** "his team", "their colleagues": a determiner that says whose. */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = wordSet(`
  his her their
`);

function isKnownNoun(lower: string): boolean {
  return /^\d{1,3}-year-old$/u.test(lower) || isRoleNoun(lower) || isOrganizationWord(lower) || ANONYMOUS_PERSON_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower) || HONORIFICS.has(lower);
}

/** The phrase that starts just after token `verb` (inverted: "said Ruiz", "writes the Daily Planet"). */
export function phraseAfter(tokens: readonly Token[], verb: number, ceiling: number): Phrase | null {
  // "said planetary geologist Ann Vole": lower-case modifiers and a role before the name.
  const role = leadingRoleBeforeName(tokens, verb + 1, ceiling);
  if (role !== null) {
    const [roleAt, nameAt] = role;
    const end = capitalizedRunEnd(tokens, nameAt, ceiling);
    const named = classify(tokens, nameAt === roleAt + 1 ? roleAt : nameAt, end);
    if (named?.kind === "person") return { ...named, from: verb + 1 };
  }
  const described = describedNameAfter(tokens, verb + 1, ceiling);
  if (described) return described;
  const first = tokens[verb + 1];
  if (!isWord(first) || verb + 1 >= ceiling) return null;
  if (isPronoun(first.lower)) return pronoun(verb + 1);
  if (TIME_WORDS.has(first.lower)) return null;
  const tied = tiedSourceFrom(tokens, verb + 1, ceiling);
  if (tied) return tied;
  let to = verb + 1;
  if (DETERMINERS.has(first.lower)) to++;
  let openWords = 0;
  for (; to < ceiling && to - verb <= MAX_PHRASE_TOKENS; to++) {
    const t = tokens[to]!;
    // "said Quill & Vole partner Jo Lee": an ampersand between capitals joins one name.
    if (t.text === "&" && tokens[to - 1]!.capitalized && tokens[to + 1]?.capitalized) continue;
    if (t.kind !== "word") break;
    if (t.capitalized) {
      // "said Harbour Watch President Jo Lee": a capitalised common word inside a run of capitals is part of a name.
      if (NOT_NAME_WORDS.has(t.lower) && !HONORIFICS.has(t.lower) && !(to > verb + 1 && tokens[to - 1]!.capitalized) && !givenNameAfterVerb(tokens, to, ceiling)) break;
      continue;
    }
    if (PHRASE_PREPOSITIONS.has(t.lower) || NAME_PARTICLES.has(t.lower)) {
      // Joins two parts only when a name follows: "source in Damascus", not "said in an interview" nor
      // "wrote Jo Lee in The Planet" (a paper's "The" opens a name of its own).
      const next = tokens[to + 1];
      if (next?.capitalized && !TIME_WORDS.has(next.lower) && !NOT_NAME_WORDS.has(next.lower)) continue;
      break;
    }
    // "says a woman who auditioned …": the description ends where its relative clause begins.
    if (RELATIVE_PRONOUNS.has(t.lower)) break;
    if (isKnownNoun(t.bare) || (DETERMINERS.has(first.lower) && ++openWords <= MAX_OPEN_WORDS && !/(ed|ing)$/u.test(t.lower))) continue;
    break;
  }
  if (to <= verb + 1) return null;
  const phrase = classify(tokens, verb + 1, to);
  if (!phrase) return null;
  // "said a nurse who treated the boy, Kit Bell": a name after the relative clause is its object, not the speaker.
  if (RELATIVE_PRONOUNS.has(tokens[to]?.lower ?? "")) return phrase;
  if (phrase.kind === "anonymous") {
    // "said another witness in the impeachment probe, former White House Russia adviser Nora Blake."
    const named = nameAfterComma(tokens, to, ceiling);
    if (named) return { ...named, from: verb + 1 };
  }
  // "said Ruiz, who owns a …" / "said Dan Price, Acme's principal meteorologist."
  if (tokens[to]?.text === ",") {
    let end = to + 1;
    while (end < ceiling && end - to < MAX_APPOSITIVE_TOKENS && tokens[end]!.kind === "word") end++;
    if (end > to + 1) {
      if (phrase.kind === "anonymous") {
        const named = classify(tokens, to + 1, end);
        if (named?.kind === "person") return { ...named, from: verb + 1 };
      }
      return { ...phrase, appositive: [to + 1, end] };
    }
  }
  return phrase;
}

/** Words of description a name may follow after an inverted verb: "retired Army Lt. Gen.", "Idaho nutritional-supplement executive". */
const MAX_DESCRIPTION_TOKENS = 5;

/**
 * "said Ohio delegate Bo Tull", "said retired Army Gen. Bo Tull", "said Air
 * Force 1st Lt. Bo Tull": words of description (a place, an outlet, a rank,
 * lower-case modifiers), then a given name and a surname, which is the person
 * (whether or not the words before are known roles). The word before the given
 * name must describe, not name: lower case, a title or a party ("ranking Democrat").
 */
function describedNameAfter(tokens: readonly Token[], from: number, ceiling: number): Phrase | null {
  const limit = Math.min(ceiling, from + MAX_DESCRIPTION_TOKENS + 1);
  let lower = 0;
  for (let k = from; k < limit; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") return null;
    if (!t.capitalized) {
      if (DETERMINERS.has(t.lower) || TIME_WORDS.has(t.lower) || PHRASE_PREPOSITIONS.has(t.lower) || AUXILIARIES.has(t.lower) || SPEECH_VERBS.has(t.lower) || NOT_NAME_WORDS.has(t.lower)) return null;
      lower++;
      continue;
    }
    if (k === from || givenNameGender(t.text) === null || isCommonWordName(t.text)) continue;
    const before = tokens[k - 1]!;
    if (before.capitalized && !isTitleWord(before) && partyOf(before.text) === null) continue;
    // "said Army Gen. Bo Tull" reads as a plain run of capitals; a description needs a lower-case word or a rank.
    if (lower === 0 && !isTitleWord(before)) return null;
    const end = capitalizedRunEnd(tokens, k, ceiling);
    if (end - k < 2) return null;
    const named = classify(tokens, k, end);
    return named?.kind === "person" ? { ...named, from } : null;
  }
  return null;
}

/** A person named after the next comma: the description's appositive name. */
function nameAfterComma(tokens: readonly Token[], from: number, ceiling: number): Phrase | null {
  let comma = from;
  while (comma < ceiling && comma - from < MAX_APPOSITIVE_TOKENS && tokens[comma]!.kind === "word") comma++;
  if (tokens[comma]?.text !== ",") return null;
  let end = comma + 1;
  while (end < ceiling && tokens[end]!.kind === "word") end++;
  const named = end > comma + 1 ? classify(tokens, comma + 1, end) : null;
  return named?.kind === "person" ? named : null;
}

/** Index of a lower-case role noun that a capitalised name follows, after at most two modifiers: "[senior] [analyst] Jo Park". */
function leadingRoleBeforeName(tokens: readonly Token[], from: number, ceiling: number): readonly [role: number, name: number] | null {
  for (let k = from; k < Math.min(ceiling, from + 3); k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.capitalized || DETERMINERS.has(t.lower) || TIME_WORDS.has(t.lower)) return null;
    if (!isRoleNoun(t.bare)) continue;
    if (tokens[k + 1]?.capitalized) return [k, k + 1];
    // "said director of communications Jo Lee", "said secretary of state Ann Vole": the remit, then the name.
    if (tokens[k + 1]?.lower !== "of") continue;
    let name = k + 2;
    while (name < Math.min(ceiling, k + 4) && isWord(tokens[name]) && !tokens[name]!.capitalized && !DETERMINERS.has(tokens[name]!.lower)) name++;
    if (name > k + 2 && tokens[name]?.capitalized && givenNameGender(tokens[name]!.text) !== null) return [k, name];
  }
  return null;
}

/**
 * "Ann Vole in Quillton", "Rita Quill on Harbour Air": a person's name, then where they are or
 * wrote, not one name ("Institute for Near East Policy", "Sen. Jo Lee of Ohio" are read elsewhere).
 */
function personBeforePlace(tokens: readonly Token[], start: number, preposition: number): boolean {
  const word = tokens[preposition]!.lower;
  if (word === "of" || word === "for" || isOrganizationWord(tokens[preposition - 1]!.bare)) return false;
  let first = start;
  while (first < preposition && (!tokens[first]!.capitalized || isTitleWord(tokens[first]!))) first++;
  return first < preposition - 1 && givenNameGender(tokens[first]!.text) !== null && !isCommonWordName(tokens[first]!.text);
}

/** "said Will Quarry", "told May Lee": a given name that is also a word, right after a verb of saying and before another capital. */
function givenNameAfterVerb(tokens: readonly Token[], k: number, to: number): boolean {
  return k + 1 < to && SPEECH_VERBS.has(tokens[k - 1]?.lower ?? "") && !!tokens[k + 1]!.capitalized && givenNameGender(tokens[k]!.text) !== null;
}

/** What a token range names. Null when it names nothing a quote could come from. */
/** One shape for every phrase classify makes (a spread of a shared base object cost a third of its time). */
function phrase(kind: PhraseKind, from: number, to: number, nameFrom: number, nameTo: number): Phrase {
  return { kind, from, to, nameFrom, nameTo, appositive: null };
}

/** "Chief of Staff", "Deputy Minister of Finance" in tokens [from, to): title words, "of", then the remit in capitals. */
function titleWithRemit(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && isTitleWord(tokens[k]!)) k++;
  if (k === from || tokens[k]?.lower !== "of" || k + 1 >= to) return false;
  for (let i = k + 1; i < to; i++) if (!tokens[i]!.capitalized) return false;
  return true;
}

/**
 * Whether token `k` opens a sentence: first in its block, after a sentence's end, or after a quotation that ends one
 * ("… rule of law.” Citing Jo Lee, …"; not "“…,” United Harbour Workers said").
 */
function opensSentence(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before === undefined || /^[.!?:;]$/u.test(before.text) || (before.kind === "quote" && /[.!?]\P{L}*$/u.test(before.text));
}

/**
 * "Thus Vole called …", "Citing Jo Lee, …", "Ask Dan Ruffo and he …": whether token `k` opens a sentence and is
 * no part of the name after it. A participle only before a title or a given name ("Embattled Chief of Staff …", not
 * "United Harbour Workers"); a word of saying only as a command ("Ask", not "Hope" or "Sang", which are names).
 */
export function opensSentenceBeforeName(tokens: readonly Token[], k: number): boolean {
  if (!opensSentence(tokens, k)) return false;
  const t = tokens[k]!;
  const next = tokens[k + 1];
  const kind = openerBeforeName(t.text);
  if (kind === "opener") return true;
  if (kind === "participle") return next !== undefined && (isTitleWord(next) || givenNameGender(next.text) !== null);
  return SPEECH_VERBS.has(t.lower) && !/(?:s|ed)$/u.test(t.lower) && givenNameGender(t.text) === null;
}

export function classify(tokens: readonly Token[], from: number, to: number): Phrase | null {
  let start = from;
  // "When QX occurs", "Maybe Quill likes it": a capitalised function word is no part of a name
  // (but "said Will Quarry": a given name right after a verb of saying, before a surname, is one).
  while (start < to && (DETERMINERS.has(tokens[start]!.lower) || (NOT_NAME_WORDS.has(tokens[start]!.lower) && !isTitleWord(tokens[start]!) && !givenNameAfterVerb(tokens, start, to)))) start++;
  // "Thus Vole called …", "Citing Jo Lee, …", "Ask Dan Ruffo and he …": a sentence's first word that is no name
  // (a function word, an adverb, a participle, a word of saying as a command) does not start the name after it.
  while (start < to - 1 && opensSentenceBeforeName(tokens, start)) start++;
  if (start >= to) return null;
  // "Republican of Iowa", "Democrat of Vermont": a legislator's party and state, said of the name before it.
  if (tokens[start + 1]?.lower === "of" && partyOf(tokens[start]!.text) !== null) return null;
  // The head ends before the first preposition not joining two capitalised words ("Institute for Near East Policy" stays whole).
  let headEnd = to;
  for (let k = start + 1; k < to; k++) {
    const t = tokens[k]!;
    if (!PHRASE_PREPOSITIONS.has(t.lower) || t.lower === "and" || t.lower === "&") continue;
    if (tokens[k - 1]!.capitalized && tokens[k + 1]?.capitalized && !personBeforePlace(tokens, start, k)) continue;
    headEnd = k;
    break;
  }
  const head = tokens[headEnd - 1]!;
  const headLower = head.bare;
  if (!head.capitalized) {
    if (DOCUMENT_NOUNS.has(headLower)) {
      // "the army command statement said": the statement's author speaks; "the statement read": see attribute.ts.
      if (headEnd - 1 > start) return classify(tokens, from, headEnd - 1);
      return phrase("document", from, to, headEnd - 1, headEnd);
    }
    const orgLike = isOrganizationWord(headLower);
    const personLike = ANONYMOUS_PERSON_NOUNS.has(headLower) || isRoleNoun(headLower) || /^\d{1,3}-year-old$/u.test(headLower);
    if (!orgLike && !personLike) return null;
    // "actor said": a singular noun with no determiner is a fragment ("the 'Pose' actor"); "censors said" is fine.
    if (start === from && headEnd - start === 1 && !headLower.endsWith("s") && !DETERMINERS.has(tokens[from - 1]?.lower ?? "")) return null;
    const named = trailingName(tokens, start, headEnd);
    return phrase(orgLike && !personLike ? "organization" : "anonymous", from, to, named ?? start, to);
  }
  // "Sen. Maria Delgado of New Mexico", "Jo Lee of Zorgshire": a (titled) name, then where they are from.
  {
    let k = start;
    while (k < to && tokens[k]!.kind === "word" && !tokens[k]!.capitalized) k++;
    const titled = k < to && isTitleWord(tokens[k]!);
    while (k < to && tokens[k]!.kind === "word" && isTitleWord(tokens[k]!)) k++;
    let end = k;
    while (end < to && tokens[end]!.kind === "word" && isNameWord(tokens[end]!)) end++;
    const of = end < to && /^(of|from)$/u.test(tokens[end]!.lower);
    if (of && end > k && (titled || end - k >= 2)) return phrase("person", from, to, k, end);
  }
  let nameFrom = trailingName(tokens, start, headEnd);
  if (nameFrom === start + 1 && givenNameAfterVerb(tokens, start, headEnd)) nameFrom = start;
  // "special envoy to Ukraine Tom Baird": the first capitalised word belongs to the preposition.
  if (nameFrom !== null && nameFrom > start && headEnd - nameFrom >= 3 && PHRASE_PREPOSITIONS.has(tokens[nameFrom - 1]!.lower)) nameFrom++;
  // "Ruritania Tom Baird" (a run read from "envoy to [Ruritania …]"): a known place (no given name, unlike "Georgia") before a given name and a surname is no part of the name.
  if (nameFrom !== null && headEnd - nameFrom >= 3 && namesPlace([tokens[nameFrom]!.text]) && givenNameGender(tokens[nameFrom]!.text) === null && givenNameGender(tokens[nameFrom + 1]!.text) !== null && !isCommonWordName(tokens[nameFrom + 1]!.text)) nameFrom++;
  // "Republican Jo Lee", "Democrat Dan Ruffo": a party word before a given name and a surname says who the person is for.
  if (nameFrom !== null && headEnd - nameFrom >= 3 && tokens[nameFrom]!.text.length > 1 && partyOf(tokens[nameFrom]!.text) !== null && givenNameGender(tokens[nameFrom + 1]!.text) !== null) nameFrom++;
  const titled = nameFrom !== null && nameFrom > start && isTitleWord(tokens[nameFrom - 1]!);
  if (titled) return phrase("person", from, to, nameFrom!, headEnd);
  const hasOrgWord = namesOrganization(tokens, start, headEnd);
  // "Chief of Staff Jo Lee": an organisation's word in a title's remit makes no organisation of the person.
  if (hasOrgWord && nameFrom !== null && nameFrom > start && titleWithRemit(tokens, start, nameFrom)) {
    // "… of Public Prosecution Eva-Marie Persson": the remit runs on to the given name.
    const given = headEnd - nameFrom >= 3 && givenNameGender(tokens[nameFrom]!.text) === null && givenNameGender(tokens[nameFrom + 1]!.text.split("-")[0]!) !== null;
    return phrase("person", from, to, given ? nameFrom + 1 : nameFrom, headEnd);
  }
  if (hasOrgWord || nameFrom === null) {
    // "the Daily Planet's Jo Lee", "Republican Rep. Jo Lee of Texas", "House Republican Jo Lee": a person inside the run.
    const inside = personInsideRun(tokens, start, to);
    if (inside) return phrase("person", from, to, inside[0], inside[1]);
    if (nameFrom === null && !hasOrgWord) {
      // Only titles: "the President said", "the Kremlin spokesman said".
      return phrase("anonymous", from, to, start, to);
    }
    return phrase("organization", from, to, start, to);
  }
  // "the Harbour Gazette's Jo Lee": the owner before a possessive is no part of the name.
  for (let k = headEnd - 2; k >= nameFrom; k--) {
    if (isPossessive(tokens[k]!.text)) return phrase("person", from, to, k + 1, headEnd);
  }
  return phrase("person", from, to, nameFrom, headEnd);
}

/** Lower-case words and signs that join two capitalised parts of one name: "Customs and Zorg Protection", "Quill & Vole". */
const NAME_JOINERS: ReadonlySet<string> = wordSet(`
  of for and & on de van von al bin el da di le la du der
`);

/**
 * End of the run of capitalised words that starts at `i`, joiners included
 * when a capitalised word follows them; with `titles`, lower-case title words
 * too ("Quill Department official Paul Grant").
 */
export function capitalizedRunEnd(tokens: readonly Token[], i: number, limit: number, titles = false): number {
  let end = i;
  while (end < limit) {
    const t = tokens[end]!;
    // "Jo Harrow on Monday", "the Morning Show Monday": a day ends a name.
    if (end > i && DAY_WORDS.has(t.bare)) break;
    if (t.kind === "word" && (t.capitalized || (titles && isTitleWord(t)))) end++;
    else if (NAME_JOINERS.has(t.lower) && end > i && tokens[end + 1]?.capitalized && end + 1 < limit && !startsSecondPerson(tokens, end) && !DAY_WORDS.has(tokens[end + 1]!.bare) && !endsGerund(tokens, i, end)) end++;
    else break;
  }
  return end;
}

/** "Working on Quill Land", "Speaking for Vole Rail": an opening -ing word's preposition starts its object, no name of one piece with it. */
function endsGerund(tokens: readonly Token[], i: number, joiner: number): boolean {
  return joiner === i + 1 && tokens[i]!.lower.endsWith("ing") && openerBeforeName(tokens[i]!.text) === "participle";
}

/** Days and the months no one is named after: no part of a name ("May", "June" and "August" are given names too). */
const DAY_WORDS: ReadonlySet<string> = wordSet(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
  january february september october november december
`);

/** "Jo Lee and Ann Ruiz": an "and" before a given name and a surname joins two people, not the parts of one name. */
function startsSecondPerson(tokens: readonly Token[], and: number): boolean {
  if (tokens[and]!.lower !== "and") return false;
  const given = tokens[and + 1];
  const surname = tokens[and + 2];
  return !!given && !!surname && surname.capitalized && isNameWord(surname) && givenNameGender(given.text) !== null && !isCommonWordName(given.text);
}

/** The sentence's first word after a dateline, punctuation and a leading "And", "But". */
export function openingWord(tokens: readonly Token[], sentence: Sentence): number {
  let start = afterDateline(tokens, sentence.from, sentence.to);
  while (start < sentence.to && (tokens[start]!.kind === "punct" || LEADING_CONJUNCTIONS.has(tokens[start]!.lower))) start++;
  return start;
}

/** Token index where the sentence's subject may start: after an opening "In his initial post, …". */
export function subjectStart(tokens: readonly Token[], sentence: Sentence): number {
  const start = openingWord(tokens, sentence);
  const first = tokens[start];
  if (!first || first.kind !== "word" || !OPENING_PREPOSITIONS.has(first.lower)) return start;
  for (let k = start; k < sentence.to; k++) if (tokens[k]!.text === ",") return k + 1;
  return start;
}

/** Most tokens a dateline runs before its dash: "VORLAND, Ruritania, Aug. 24 (QNS) —". */
const DATELINE_REACH = 12;

/** Where the sentence goes on after a dateline ("QUILLTON (QNS) — Jo Lee said …"): a place in capitals, then a dash. */
function afterDateline(tokens: readonly Token[], from: number, to: number): number {
  const place = tokens[from];
  if (!place || place.kind !== "word" || !isAllCaps(place.text)) return from;
  // "LA QUILLA, Ruritania —": a two-letter word opens a place only with more capitals after it (not "US", "UN").
  if (place.text.length < 3 && !(tokens[from + 1]?.kind === "word" && isAllCaps(tokens[from + 1]!.text) && tokens[from + 1]!.text.length >= 3)) return from;
  for (let k = from + 1; k < Math.min(to, from + DATELINE_REACH); k++) {
    const after = dashStartingAt(tokens, k);
    if (after >= 0) return after;
  }
  return from;
}

function isAllCaps(word: string): boolean {
  return /^[A-Z][A-Z.'’-]+$/u.test(word);
}

/** Conjunctions and adverbs that may open a sentence before its subject: "And despite her fame, she…". */
const LEADING_CONJUNCTIONS: ReadonlySet<string> = wordSet(`
  and but so yet still then now instead meanwhile
`);

/** "President", "CEO", "Lt.", "spokesman": a word that says what the name after it does (kept on the token, as isNameWord is). */
export function isTitleWord(t: Token): boolean {
  return (t.titleWord ??= readTitleWord(t));
}

function readTitleWord(t: Token): boolean {
  return HONORIFICS.has(t.lower) || HONORIFICS.has(t.bare) || isRoleNoun(t.bare, t.capitalized) || isHyphenatedTitle(t);
}

/**
 * The start of a capitalised name right after lower-case titles at `from` ("campaign manager Jo Lee"), or -1:
 * the name before `from` only qualifies them ("Vole campaign manager Jo Lee", "Quill general counsel Ann Ruiz").
 */
export function titledNameAfter(tokens: readonly Token[], from: number, before: number): number {
  let j = from;
  while (j < before && tokens[j]!.kind === "word" && !tokens[j]!.capitalized && (isTitleWord(tokens[j]!) || isOrganizationWord(tokens[j]!.bare))) j++;
  return j > from && j < before && tokens[j]!.kind === "word" && tokens[j]!.capitalized ? j : -1;
}

/** "Secretary-Treasurer", "Vice-Chairman": titles joined by a hyphen are one title. */
function isHyphenatedTitle(t: Token): boolean {
  // Most words have no hyphen: no split, no array (this runs for every capitalised word).
  if (!t.bare.includes("-")) return false;
  const parts = t.bare.split("-");
  return parts.every((p) => HONORIFICS.has(p) || isRoleNoun(p, t.capitalized));
}

/**
 * A person's name ending a longer run, after an owner, a title, a party or
 * a place: a given name (by the lexicon) and at least one more name word, up
 * to "of"/"from" or the end of the run. Returns its token range.
 */
function personInsideRun(tokens: readonly Token[], start: number, end: number): readonly [number, number] | null {
  for (let p = start + 1; p < end - 1; p++) {
    const t = tokens[p]!;
    // After "and", "of", "&" the name is one of several ("Jo Lee and Ann Vole"), not one ending a title.
    // "Ohio State University's Dana Okafor": the name starts at a name word, not at the owner.
    if (!t.capitalized || !isNameWord(t) || tokens[p - 1]!.kind !== "word" || NAME_JOINERS.has(tokens[p - 1]!.lower)) continue;
    // A given name by the lexicon, or any name right after an owner or a title ("the Quill Party's Avi Shem").
    const before = tokens[p - 1]!;
    const given = givenNameGender(t.text) !== null && !isCommonWordName(t.text);
    if (!given && !isPossessive(before.text) && !isTitleWord(before)) continue;
    let q = p + 1;
    while (q < end && tokens[q]!.kind === "word" && isNameWord(tokens[q]!) && tokens[q]!.capitalized) q++;
    if (q - p >= 2 && (q === end || /^(of|from)$/u.test(tokens[q]!.lower))) return [p, q];
  }
  return null;
}

/**
 * "Doctors for Quill Reform", "QDC", "Syrian Observatory": joined by for/of/&/and
 * between capitalised words, an acronym, or a capitalised organisation word.
 */
function namesOrganization(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (t.capitalized && isOrganizationWord(t.bare)) return true;
    // "Ann Tolliver II": a generation after a name is no acronym.
    const generation = k > start && NAME_SUFFIXES.has(t.lower) && tokens[k - 1]!.capitalized;
    if (t.capitalized && ACRONYM.test(t.text) && !isTitleWord(t) && !generation) return true;
    if (k > start && k < end - 1 && ORGANIZATION_JOINERS.has(t.lower) && tokens[k - 1]!.capitalized && tokens[k + 1]!.capitalized) return true;
  }
  return false;
}

const ORGANIZATION_JOINERS: ReadonlySet<string> = new Set(["for", "of", "&", "and"]);

/** Modal verbs that are surnames too: "Ann May", "Jo Will". */
const MODAL_SURNAMES: ReadonlySet<string> = new Set(["may", "will"]);

/** A capitalised title word ("Dean", "King", "Bishop") or modal ("May") right after a given name and no title: that person's surname. */
function isSurnameAfterGivenName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const given = tokens[k - 1];
  // "Ann May", "Jo Will": a capitalised modal after a given name is a surname too.
  if (!t.capitalized || isNameWord(t) || !(isTitleWord(t) || MODAL_SURNAMES.has(t.lower)) || isOrganizationWord(t.bare) || !given?.capitalized) return false;
  // "Mr. King", "Dr. Bishop": a courtesy title is always followed by a surname.
  if (COURTESY_TITLES.has(given.lower)) return true;
  if (isTitleWord(given)) return false;
  return givenNameGender(given.text) !== null && !isCommonWordName(given.text);
}

/** Start of the run of name words that ends at `end`: "CEO [John Reyes]", "[Ann May]". Null if there is none. */
export function trailingName(tokens: readonly Token[], start: number, end: number): number | null {
  let k = end;
  // "Tom Dean", "Jo King": a title word after a given name ends the run as its surname.
  if (k - 2 >= start && isSurnameAfterGivenName(tokens, k - 1)) k--;
  while (k > start && isNameWord(tokens[k - 1]!)) k--;
  while (k < end && !tokens[k]!.capitalized) k++;
  return k < end ? k : null;
}
