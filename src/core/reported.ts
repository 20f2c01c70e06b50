/**
 * Reported speech: what a sentence says someone said without quote marks.
 * "Lee said the plant would close in May", "The plant will close, Lee said",
 * "According to two officials, the talks broke down", "Lee fears that …".
 * Given a sentence's speech cues (cues.ts), it finds the reported clause each
 * one introduces: its content only, never the cue or the source. Who the source
 * is stays the sieve's business (attribute.ts resolves the cue's speaker).
 */
import { wordSet } from "./word-set";
import type { ReportedKind } from "./attribution";
import type { Cue } from "./cues";
import { classify, skipAuxiliariesBack, subjectStart, type Phrase } from "./phrases";
import { isOrganizationWord } from "./roles";
import type { Sentence } from "./sentences";
import type { Token } from "./tokens";
import { AUXILIARIES, DETERMINERS, IRREGULAR_FINITE, OPENING_PREPOSITIONS, TIME_WORDS } from "./vocabulary";

/** A reported clause, as a token range of its block, and the cue (index into the sentence's cues) that reports it. */
export interface ReportedClause {
  from: number;
  to: number;
  /** null: a verb of saying whose subject no cue could read ("Six in 10 say …"): the statement has no source. */
  cue: number | null;
  kind: ReportedKind;
  /** The cue's subject stands apart from its verb (", saying …", "Lee met … and said …"): measured apart, being less sure. */
  distant: boolean;
  /** With no cue: the cue this reader made itself ("Jo Lee, who said …" → Jo Lee), for the sieve to resolve. */
  ownCue: Cue | null;
}

/** A verb that reports, with the token ranges of its words and of its subject (a cue's speaker, or the words before a bare verb). */
interface Report {
  verb: number;
  from: number;
  to: number;
  subjectFrom: number;
  subjectTo: number;
  cue: number | null;
  /** A verb no cue holds whose subject is a relative pronoun: the person it stands for ("Jo Lee, who said …"). */
  antecedent: Phrase | null;
}

/**
 * Verbs that report a statement in a clause of its own: "said (that) …",
 * "denied that …". Opinion and label verbs ("called it", "described") and verbs
 * of manner ("laughed") report no clause; nor do "asked", "urged", "continued".
 */
const STATEMENT_VERBS: ReadonlySet<string> = wordSet(`
  say says said saying tell tells told telling add adds added adding note notes noted noting write writes wrote
  writing argue argues argued arguing insist insists insisted insisting warn warns warned warning explain explains
  explained explaining state states stated stating testify testifies testified testifying claim claims claimed
  claiming acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting announce announces
  announced announcing declare declares declared declaring suggest suggests suggested suggesting emphasize emphasizes
  emphasized emphasizing emphasise emphasised stress stresses stressed stressing observe observes observed observing
  concede concedes conceded conceding predict predicts predicted predicting assure assures assured assuring caution
  cautions cautioned cautioning contend contends contended maintain maintains maintained confirm confirms confirmed
  confirming deny denies denied denying allege alleges alleged alleging reiterate reiterates reiterated complain
  complains complained complaining boast boasts boasted boasting recall recalls recalled recalling tweet tweets
  tweeted tweeting assert asserts asserted asserting conclude concludes concluded agree agrees agreed report reports
  reported reply replies replied respond responds responded counter counters countered promise promises promised
  promising pledge pledges pledged pledging vow vows vowed vowing ask asks asked asking
`);

/** "promised to act", "asked them to leave": verbs whose statement may be an infinitive. */
const INTENTION_VERBS: ReadonlySet<string> = wordSet(`
  promise promises promised promising pledge pledges pledged pledging vow vows vowed vowing claim claims claimed
  claiming ask asks asked asking
`);

/** "asked whether …", "asked Lee how …": a question is reported only through one of these. */
const QUESTION_WORDS: ReadonlySet<string> = wordSet(`
  if whether how what why when who where which
`);
const QUESTION_VERBS: ReadonlySet<string> = wordSet(`
  ask asks asked asking
`);

/** Verbs of belief and intention: the clause is what the source holds, not what they said. */
const BELIEF_VERBS: ReadonlySet<string> = wordSet(`
  believe believes believed think thinks thought hope hopes hoped
`);

/** "told reporters", "told the Planet": the listener of these verbs comes before the clause. */
const LISTENER_VERBS: ReadonlySet<string> = wordSet(`
  tell tells told telling assure assures assured warn warns warned remind reminds reminded caution cautions cautioned
`);

/** "But according to …", "And, according to …": words that may come before an opening "according to". */
const LEADING_CONJUNCTIONS: ReadonlySet<string> = wordSet(`
  and but so yet still
`);
/** Longest source of "according to" before its comma, in tokens: "according to a new poll by the Quill Institute of Politics,". */
const ACCORDING_SOURCE_REACH = 20;

/** Words of time that make a run of time words an expression of time: "on Friday", not "at least". */
const TIME_NOUNS: ReadonlySet<string> = wordSet(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening night
  earlier later week month year recently previously
`);

/** Words that show a clause has begun: a subject pronoun or a finite verb. */
const CLAUSE_SIGNS: ReadonlySet<string> = wordSet(`
  he she it they i we you is was were are has have had would will could can should may might must
`);

/** "said as she left", "told reporters while …": a clause of time after the cue says when, not what. */
const TIME_CONJUNCTIONS: ReadonlySet<string> = wordSet(`
  as when while after before during until amid following
`);

/** Words between a subject and its verb of saying: "on Friday", "last quarter", "went on to", "continued to", "also". */
const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = wordSet(`
  on last this week month year quarter monday tuesday wednesday thursday friday saturday sunday today yesterday
  earlier later again also still long continued continues went goes go to
`);

/** Lower-case words that names hold: "Department of Roads and Bridges", "Ana de la Vole". */
const NAME_CONNECTORS: ReadonlySet<string> = wordSet(`
  of and for the de del la le van von der den du da di bin al y on-line
`);

/** Verbs whose object is what was said even as a short noun group: "denied the charges", "announced his candidacy". */
const NAMING_VERBS: ReadonlySet<string> = wordSet(`
  deny denies denied denying announce announces announced announcing confirm confirms confirmed confirming
  acknowledge acknowledges acknowledged acknowledging claim claims claimed claiming predict predicts predicted
  predicting stress stresses stressed stressing emphasize emphasizes emphasized emphasizing reiterate reiterates
  reiterated admit admits admitted admitting concede concedes conceded conceding promise promises promised promising
`);

/** Dashes that set words apart: "the prosecutors – the ones Vole …" (a lone hyphen, or the first of two, too). */
const DASHES: ReadonlySet<string> = new Set(["-", "–", "—"]);

/** Pronouns that open a clause as its subject. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = wordSet(`
  he she it they i we you
`);

/** Prepositions that cannot open a reported clause. */
const PREPOSITIONS: ReadonlySet<string> = wordSet(`
  to from of for with about at in on into by over under after before during through across against among without
`);

/** "when asked", "was asked": "asked" with no asker before it. */
const PASSIVE_ASKED: ReadonlySet<string> = wordSet(`
  when if once after before while was were is are been being be
`);
/** How far after "asked" its question may begin: "asked by a reporter on Tuesday whether". */
const QUESTION_REACH = 6;

/** How far into a clause its finite verb may be looked for, in tokens. */
const FINITE_VERB_REACH = 10;
/** Most words that may describe a closing cue's subject between the comma and the subject: "…, two senior aides said". */
const SUBJECT_MODIFIERS = 3;
/** Most words of time or place a closing cue may have after it: "…, Lee said in a statement on Tuesday." */
const TRAILING_WORDS = 8;

/** How far back from a following cue's verb its joiner may stand: ", and also said", "but did not suggest". */
const JOINER_REACH = 4;

/** The verbs of saying proper, which report a clause even when their subject is no name ("Six in 10 say …"). */
const SAY_VERBS: ReadonlySet<string> = wordSet(`
  say says said
`);

/** Conjunctions that make the clause they open lead to another: "Although Lee argues …, the council …". */
const SUBORDINATORS: ReadonlySet<string> = wordSet(`
  although though while whereas if unless because since as when after before once
`);

/** ", which …", ", who …": a clause about the noun before the comma. */
const NOUN_RELATIVES: ReadonlySet<string> = wordSet(`
  which who whose whom
`);

/** "voters who said …": the subject of a bare verb starts after these. */
const RELATIVES: ReadonlySet<string> = wordSet(`
  who that which
`);

/** Verbs whose object is as often a thing as a statement ("wrote the letter", "added to his lead"): a clause must follow. */
const OBJECT_VERBS: ReadonlySet<string> = wordSet(`
  write writes wrote writing add adds added adding report reports reported tweet tweets tweeted tweeting claim claims
  claimed claiming concede concedes conceded conceding
`);

const POSSESSIVES: ReadonlySet<string> = wordSet(`
  his her their its our my your them him us me
`);

/** Fewest tokens a reported clause has: "Lee said so", "she told reporters" report no statement. */
const MIN_CLAUSE_TOKENS = 4;
/** Farthest "that" may stand after its verb and still open the clause: "said in a statement on Monday that …". */
const THAT_REACH = 10;

/** Every word the loop of reportsIn may take for a report ("say", "saying" are statement verbs): one look-up passes over the rest. */
const REPORTING_WORDS: ReadonlySet<string> = new Set([...STATEMENT_VERBS, ...BELIEF_VERBS, "according"]);

/** Words after which a clause ends: "Lee said the plant would close, and the workers …". */
const CLAUSE_JOINERS: ReadonlySet<string> = wordSet(`
  and but while although though whereas
`);

export function findReported(tokens: readonly Token[], sentence: Sentence, cues: readonly Cue[]): ReportedClause[] {
  // Most sentences have no cue and no word of saying ("asked" is one): they report nothing, and need no reading below.
  if (cues.length === 0 && !holdsReportingWord(tokens, sentence)) return [];
  const found: ReportedClause[] = questionsPut(tokens, sentence);
  const byVerb = reportsIn(tokens, sentence, cues);
  for (const [k, cue] of byVerb.entries()) {
    const verb = tokens[cue.verb]!.lower;
    const according = verb === "according";
    const kind = reportKind(tokens, cue);
    // "did not say", "has not commented": what was not said is no statement.
    if (!kind || isNegated(tokens, cue.verb) || (tokens[cue.verb + 1]?.lower === "to" && !according && !INTENTION_VERBS.has(verb))) continue;
    const previous = byVerb.slice(0, k).reverse().find((r) => reportKind(tokens, r) !== null && !isNegated(tokens, r.verb));
    const clause = according ? accordingClause(tokens, sentence, cue) : clauseOf(tokens, sentence, cue, byVerb.slice(k + 1), previous);
    // "Lee said the plan failed, state television said": the words are Lee's; the channel that passed them on adds no
    // statement, nor does one whose clause runs into theirs ("Lee said Vole told Ruiz that …, the agency reported").
    // "denied the charges", "claimed victory": what these verbs name right after them is what was said.
    const named = NAMING_VERBS.has(verb) && clause?.from === cue.verb + 1;
    if (clause && isStatement(tokens, clause, named) && !found.some((f) => f.from < clause.to && clause.from < f.to)) {
      const ownCue = cue.antecedent ? { verb: cue.verb, speaker: cue.antecedent, weak: false, from: cue.antecedent.from, to: cue.verb + 1 } : null;
      found.push({ ...clause, cue: cue.cue, kind, distant: ownCue !== null || (cue.cue !== null && (cues[cue.cue]!.verb !== cue.verb || isDistant(tokens, cues[cue.cue]!))), ownCue });
    }
  }
  return found;
}

function holdsReportingWord(tokens: readonly Token[], s: Sentence): boolean {
  for (let v = s.from; v < s.to; v++) if (REPORTING_WORDS.has(tokens[v]!.lower)) return true;
  return false;
}

/**
 * "Asked whether the plant would close, Lee said …", "when asked about the plant": the question put to
 * someone by an asker the sentence does not name, up to the clause's comma. It has no source.
 */
function questionsPut(tokens: readonly Token[], s: Sentence): ReportedClause[] {
  const found: ReportedClause[] = [];
  for (let v = s.from; v < s.to; v++) {
    if (tokens[v]!.lower !== "asked" || !(v === s.from || PASSIVE_ASKED.has(tokens[v - 1]!.lower))) continue;
    // "Asked on Tuesday whether …", "asked by a reporter about …": the question within a few words.
    let q = v + 1;
    while (q < Math.min(s.to, v + 1 + QUESTION_REACH) && tokens[q]!.kind === "word" && !QUESTION_WORDS.has(tokens[q]!.lower) && tokens[q]!.lower !== "about") q++;
    const opening = tokens[q];
    if (!opening || opening.kind !== "word" || !(QUESTION_WORDS.has(opening.lower) || opening.lower === "about")) continue;
    const from = opening.lower === "about" ? q + 1 : q;
    let to = from;
    while (to < s.to && tokens[to]!.text !== "," && tokens[to]!.text !== ";" && tokens[to]!.kind !== "quote") to++;
    const clause = trim(tokens, from, to);
    if (clause && isStatement(tokens, clause)) found.push({ ...clause, cue: null, kind: "indirect", distant: false, ownCue: null });
    v = to;
  }
  return found;
}

/** Words other than auxiliaries and adverbs stand between the cue's subject (and its appositive) and its verb. */
function isDistant(tokens: readonly Token[], cue: Cue): boolean {
  if (cue.speaker.from > cue.verb) return false;
  const end = cue.speaker.appositive ? cue.speaker.appositive[1] + 1 : cue.speaker.to;
  return skipAuxiliariesBack(tokens, cue.verb - 1, end) >= end;
}

function reportKind(tokens: readonly Token[], report: Report): ReportedKind | null {
  const verb = tokens[report.verb]!.lower;
  return verb === "according" || STATEMENT_VERBS.has(verb) ? "indirect" : BELIEF_VERBS.has(verb) ? "belief" : null;
}

/**
 * The sentence's cues, and its verbs of saying that no cue holds ("Six in 10
 * say …", "voters who said …": a subject the cue reader does not take for a
 * speaker), in order of their verbs.
 */
function reportsIn(tokens: readonly Token[], s: Sentence, cues: readonly Cue[]): Report[] {
  // "Having announced that …": a participle opening the sentence, read as a one-word name, is no speaker.
  const participleOpener = (c: Cue): boolean => c.speaker.from === s.from && c.speaker.to === s.from + 1 && /^[A-Z][a-z]+ing$/u.test(tokens[s.from]!.text);
  // The cue whose subject is the sentence's: "Lee acknowledged that … but noted that …" shares it.
  const subject = subjectStart(tokens, s);
  const main = cues.findIndex((c) => c.speaker.from === subject && c.speaker.to <= c.verb);
  const reports: Report[] = cues.map((c, index) => {
    const joiner = tokens[skipAuxiliariesBack(tokens, c.verb - 1, s.from)]?.lower;
    if (main >= 0 && main !== index && cues[main]!.verb < c.verb && (joiner === "and" || joiner === "but")) index = main;
    // "Lee told Ann Vole, who answered the door and said …": a verb inside a relative clause is its antecedent's.
    const who = c.speaker.to <= c.verb ? relativeBetween(tokens, c.speaker.to, c.verb) : null;
    const misread = isMisread(tokens, c.speaker);
    // "Jo Lee on Tuesday": the name before the words of time.
    const antecedent = who !== null ? namedBefore(tokens, who, s.from) : misread ? nameBeforeTime(tokens, c.speaker) : null;
    const named = !participleOpener(c) && !isConjoined(tokens, c.speaker) && !misread && who === null;
    return { verb: c.verb, from: c.from, to: c.to, subjectFrom: c.speaker.from, subjectTo: c.speaker.to, cue: named ? index : null, antecedent };
  });
  // A cue's verb, and its last word when that is past the verb: words already read (asked only of words of saying, so no set is built).
  const taken = (v: number): boolean => cues.some((c) => c.verb === v || (c.verb + 1 < c.to && c.to - 1 === v));
  for (let v = s.from; v < s.to; v++) {
    const t = tokens[v]!;
    if (!REPORTING_WORDS.has(t.lower)) continue;
    if (t.lower === "according" && tokens[v + 1]?.lower === "to" && !taken(v)) {
      // "according to early results of the exit poll …": a source too long for the cue reader, up to the comma.
      let end = v + 2;
      while (end < s.to && tokens[end]!.text !== "," && tokens[end]!.kind !== "quote") end++;
      if (end === s.to && tokens[end - 1]!.kind === "punct") end--;
      if (end > v + 2) reports.push({ verb: v, from: v, to: end, subjectFrom: v + 2, subjectTo: end, cue: null, antecedent: null });
      continue;
    }
    if (v === s.from) continue;
    // "who reported that …", "went on to explain in a letter that …": a verb of saying that a that-clause follows;
    // "Jo Lee, who claimed the plan would fail": after "who", one that a clause of its own follows.
    const speech = STATEMENT_VERBS.has(t.lower) || BELIEF_VERBS.has(t.lower);
    const withThat = speech && (thatAfter(tokens, v + 1, s.to) !== null || (tokens[skipAuxiliariesBack(tokens, v - 1, s.from)]?.lower === "who" && opensOwnClause(tokens, v + 1, s.to)));
    // "a response saying he would …", ", saying the plan would …": a participle of saying that a clause follows.
    const saying = t.lower === "saying" && opensOwnClause(tokens, v + 1, s.to);
    if (!(SAY_VERBS.has(t.lower) || withThat || saying) || t.capitalized || taken(v) || cues.some((c) => c.from <= v && v < c.to)) continue;
    const previous = tokens[v - 1]!;
    // "to say", "the say of": no report.
    if ((previous.lower === "to" && !withThat) || DETERMINERS.has(previous.lower) || previous.kind === "quote") continue;
    let from = v;
    while (from > s.from && tokens[from - 1]!.kind === "word" && !RELATIVES.has(tokens[from - 1]!.lower)) from--;
    if (from < v) {
      reports.push({ verb: v, from, to: v + 1, subjectFrom: from, subjectTo: v, cue: null, antecedent: namedSubject(tokens, from, v) });
      continue;
    }
    if (previous.text === ",") {
      // ", saying …" with no speaker the cue reader could find; "One of his aides, Tom Dean, noted that …": the name set off by commas.
      const ing = t.lower.endsWith("ing");
      reports.push({ verb: v, from: v, to: v + 1, subjectFrom: v, subjectTo: v, cue: null, antecedent: ing ? null : appositiveName(tokens, v - 1, s.from) });
      continue;
    }
    // "Jo Lee, who said …", "voters who say …": the relative pronoun is the subject; "who" stands for a person.
    const relative = skipAuxiliariesBack(tokens, v - 1, s.from);
    if (relative < s.from || !RELATIVES.has(tokens[relative]!.lower)) continue;
    reports.push({ verb: v, from: relative, to: v + 1, subjectFrom: relative, subjectTo: relative + 1, cue: null, antecedent: tokens[relative]!.lower === "who" ? namedBefore(tokens, relative, s.from) : null });
  }
  return reports.sort((x, y) => x.verb - y.verb);
}

/**
 * The name that is all of a verb's subject, past words of time and of aspect the cue reader does not skip:
 * "Jo Lee on Friday announced that", "Lee went on to explain that", "Acme last quarter reported that".
 */
function namedSubject(tokens: readonly Token[], from: number, verb: number): Phrase | null {
  let end = verb;
  while (end > from && (BETWEEN_SUBJECT_AND_VERB.has(tokens[end - 1]!.lower) || AUXILIARIES.has(tokens[end - 1]!.lower) || /[a-z]ly$/u.test(tokens[end - 1]!.text))) end--;
  if (end === from || !tokens[from]!.capitalized) return null;
  const phrase = classify(tokens, from, end);
  return phrase && (phrase.kind === "person" || phrase.kind === "organization") && phrase.from === from && phrase.to === end ? phrase : null;
}

/** The last "who" between a cue's subject and its verb with no comma after it: the verb is in its clause. */
function relativeBetween(tokens: readonly Token[], from: number, verb: number): number | null {
  for (let i = verb - 1; i >= from; i--) {
    if (tokens[i]!.text === "," || tokens[i]!.kind === "quote") return null;
    if (tokens[i]!.lower === "who") return i;
  }
  return null;
}

/**
 * "Lee and Vole argued", "Acme and its rivals say": several sources, of which the statement names none alone.
 * Not "the Department of Roads and Bridges": an organisation's name may hold "and".
 */
function isConjoined(tokens: readonly Token[], speaker: Phrase): boolean {
  const last = tokens[speaker.nameTo - 1];
  if (!last || isOrganizationWord(last.bare)) return false;
  for (let i = speaker.from + 1; i < speaker.to - 1; i++) if (tokens[i]!.lower === "and") return true;
  return false;
}

/**
 * The subject of a verb after a comma, when the sentence so far is that subject and its description: the
 * person's name between the last two commas ("One of his aides, Tom Dean, said"), or the words before the first
 * ("Tom Dean, a council member, said"). Null when those words are no name or the sentence has a verb before.
 */
function appositiveName(tokens: readonly Token[], comma: number, floor: number): Phrase | null {
  const commas: number[] = [];
  for (let i = floor; i < comma; i++) {
    if (tokens[i]!.text === ",") commas.push(i);
    else if (tokens[i]!.kind !== "word" || (i > floor && isVerbSign(tokens[i]!))) return null;
  }
  const last = commas.at(-1);
  const between = last === undefined ? null : classify(tokens, last + 1, comma);
  if (between?.kind === "person" && between.from === last! + 1 && between.to === comma) return between;
  const first = classify(tokens, floor, commas[0] ?? comma);
  return first && (first.kind === "person" || first.kind === "organization") && first.from === floor && first.to === (commas[0] ?? comma) ? first : null;
}

/**
 * A name read past its end: "Lee on Tuesday", "Jo Lee has been quietly expanding": a lower-case word inside
 * a person's or organisation's name that no name holds ("of", "and", "de" may).
 */
function isMisread(tokens: readonly Token[], speaker: Phrase): boolean {
  if (speaker.kind === "pronoun" || speaker.kind === "document") return false;
  const named = speaker.kind === "person" || speaker.kind === "organization";
  for (let i = speaker.from; i < speaker.to; i++) {
    const t = tokens[i]!;
    // "Lee on Tuesday", "the council on Monday": no speaker's description holds a day.
    if (TIME_NOUNS.has(t.lower)) return true;
    // A person's name holds no lower-case word but "de", "van"…; an organisation's none between its capitalised
    // words ("the Vole Center at Quill University"), though it may end in one ("the Quill campaign").
    const inName = named && i >= speaker.nameFrom && i < speaker.nameTo && t.kind === "word" && !t.capitalized && !NAME_CONNECTORS.has(t.lower);
    if (inName && (speaker.kind === "person" || tokens.slice(i + 1, speaker.nameTo).some((n) => n.capitalized))) return true;
  }
  return false;
}

/** "Jo Lee on Tuesday" → Jo Lee: the name a speaker phrase holds before its words of time; null when there is none. */
function nameBeforeTime(tokens: readonly Token[], speaker: Phrase): Phrase | null {
  let end = speaker.from;
  while (end < speaker.to && !TIME_NOUNS.has(tokens[end]!.lower)) end++;
  while (end > speaker.from && TIME_WORDS.has(tokens[end - 1]!.lower)) end--;
  const phrase = end > speaker.from ? classify(tokens, speaker.from, end) : null;
  return phrase && (phrase.kind === "person" || phrase.kind === "organization") && phrase.to === end && !isMisread(tokens, phrase) ? phrase : null;
}

/** The name right before a relative pronoun ("Labor Secretary Jo Lee, who …"); null when no capitalised name stands there. */
function namedBefore(tokens: readonly Token[], relative: number, floor: number): Phrase | null {
  const end = tokens[relative - 1]?.text === "," ? relative - 1 : relative;
  let from = end;
  while (from > floor && tokens[from - 1]!.kind === "word" && tokens[from - 1]!.capitalized) from--;
  const phrase = from < end ? classify(tokens, from, end) : null;
  return phrase && phrase.kind !== "pronoun" ? phrase : null;
}

/**
 * "According to X, CLAUSE.", "CLAUSE, according to X." (or with no comma), and set within the sentence:
 * "Now, according to X, CLAUSE", "Fundraising, according to X, has surged": the clause on the other side of
 * the source, or after it when the words before are too few to state anything.
 */
function accordingClause(tokens: readonly Token[], s: Sentence, cue: Report): { from: number; to: number } | null {
  let lead = s.from;
  while (lead < cue.from && (tokens[lead]!.kind === "punct" || LEADING_CONJUNCTIONS.has(tokens[lead]!.lower))) lead++;
  const after = sourceEnd(tokens, cue.to, s.to);
  const rest = after === null ? null : trim(tokens, after + 1, clauseEnd(tokens, after + 1, s.to));
  if (cue.from <= lead) return rest;
  const before = trim(tokens, s.from, cue.from);
  if (rest && (!before || before.to - before.from < MIN_CLAUSE_TOKENS)) return rest;
  return before;
}

/** The comma that closes the source of "according to" a few words on, before any quote; null at the sentence's end. */
function sourceEnd(tokens: readonly Token[], from: number, to: number): number | null {
  for (let i = from; i < Math.min(to, from + ACCORDING_SOURCE_REACH); i++) {
    if (tokens[i]!.text === ",") return i + 1 < to ? i : null;
    if (tokens[i]!.kind === "quote" || tokens[i]!.text === ";" || tokens[i]!.text === "(" || tokens[i]!.text === ")") return null;
  }
  return null;
}

/**
 * The clause a speech verb reports: before it when the cue closes the
 * sentence after a comma ("…, Lee said (on Monday)."), after it when its
 * subject opens the sentence or follows an opening phrase ("Lee said (that) …",
 * "On Monday, Lee said …").
 */
function clauseOf(tokens: readonly Token[], s: Sentence, cue: Report, later: readonly Report[], previous: Report | undefined): { from: number; to: number } | null {
  const comma = commaBefore(tokens, cue, s.from);
  if (comma !== null && closesClause(tokens, cue.to, s.to)) {
    const start = previous && previous.to <= comma ? previous.to : s.from;
    const before = trim(tokens, start, comma);
    // "During the debate, Lee said …", "After the vote, Lee told reporters of …": an opening phrase, not a clause;
    // "And if the plant closes, Lee said, the town …": a clause that depends on what follows the cue.
    const first = before ? tokens[CLAUSE_JOINERS.has(tokens[before.from]!.lower) ? before.from + 1 : before.from]! : null;
    const opening = !!first && OPENING_PREPOSITIONS.has(first.lower) && !tokens.slice(before!.from, before!.to).some((t) => t.text === ",");
    // "…, said Jo Lee, a council member.": the comma after an inverted cue opens its speaker's description.
    // Nor is the comma before ", adding that …" a pause in the sentence: another cue follows it.
    const after = cue.subjectFrom > cue.verb ? null : pauseAfter(tokens, cue.to, s.to);
    const pause = after !== null && !later.some((r) => r.verb === after + 1) ? after : null;
    if (before && !opening && before.to - before.from >= MIN_CLAUSE_TOKENS) return before;
    // "Now, Lee said, the plant …", "The problem, Lee said, is …": a cue set in the sentence reports it all; its
    // words before the cue are too few to stand alone, so the statement is what follows.
    if (pause !== null) return trim(tokens, pause + 1, endOf(tokens, cue, later, pause + 1, s.to));
    if (!opening) return before;
  }
  // "Lee said …", "On Monday, Lee said …", "…, but Lee has said …"; a bare verb's subject runs from the clause's start by construction.
  const before = tokens[cue.from - 1];
  // ", saying …": a participle reports for the clause before it, whoever its subject is.
  const participle = tokens[cue.verb - 1]?.text === "," && tokens[cue.verb]!.lower.endsWith("ing");
  // "If you watch what he said this week, he …": a subject inside the opening phrase does not open the sentence.
  const subject = subjectStart(tokens, s);
  const atSubject = cue.from === subject || (cue.from < subject && !OPENING_PREPOSITIONS.has(tokens[cue.from]!.lower) && !tokens.slice(cue.from, subject).some((t) => t.text === ","));
  const opensSentence = cue.cue === null || participle || atSubject || before!.kind === "punct" || CLAUSE_JOINERS.has(before!.lower);
  if (cue.subjectTo > cue.verb && !participle) return null;
  let start = cue.verb + 1;
  const that = thatAfter(tokens, start, s.to);
  if (that !== null) start = that + 1;
  else {
    // "28 percent of voters said they …", "when she said she …": a subject inside the sentence reports only a clause
    // that shows its own subject ("the plan Lee said would fail" reports no clause of its own).
    const own = pastTimeExpression(tokens, start, s.to);
    const intention = INTENTION_VERBS.has(tokens[cue.verb]!.lower) && tokens[own]?.lower === "to";
    if (!opensSentence && (tokens[cue.verb - 1]!.kind !== "word" || !(intention || opensOwnClause(tokens, own, s.to)))) return null;
    const verb = tokens[cue.verb]!.lower;
    if (LISTENER_VERBS.has(verb) || QUESTION_VERBS.has(verb)) start = afterListener(tokens, start, s.to);
    // "told Jo Lee, who …": what follows the listener is about them, not what was told.
    if (start > cue.verb + 1 && tokens[start]?.text === ",") return null;
    start = pastTimeExpression(tokens, start, s.to);
    const opening = tokens[start]?.lower ?? "";
    // "the repairs Lee said would last a year": the clause's subject stands before the cue, outside its reach.
    // "Lee said as she left": when, not what.
    if ((CLAUSE_SIGNS.has(opening) && !SUBJECT_PRONOUNS.has(opening)) || TIME_CONJUNCTIONS.has(opening)) return null;
    // "asked whether …", "promised to act": a question, an intention.
    if (QUESTION_VERBS.has(verb) && !QUESTION_WORDS.has(opening) && opening !== "to") return null;
    if (opening === "to" && INTENTION_VERBS.has(verb) && isInfinitive(tokens, start)) return trim(tokens, start, endOf(tokens, cue, later, start, s.to));
    // "reported from the field", "wrote the letter": no clause follows. After "said" one nearly always does.
    // "said in an interview he would …": a clause with its own subject after a phrase of place or manner.
    if (PREPOSITIONS.has(opening) && !QUESTION_VERBS.has(verb)) start = subjectAfterPhrase(tokens, start, s.to) ?? start;
    if (QUESTION_VERBS.has(verb) ? false : OBJECT_VERBS.has(verb) ? !opensClause(tokens, start, s.to) : PREPOSITIONS.has(tokens[start]?.lower ?? "")) return null;
  }
  // "Jo Lee, who said the bridge is safe, smiled", "After noting that …, Lee left": the clause ends at the comma.
  const relative = RELATIVES.has(tokens[skipAuxiliariesBack(tokens, cue.verb - 1, s.from)]?.lower ?? "");
  const subordinate = relative || (cue.cue === null && OPENING_PREPOSITIONS.has(tokens[cue.subjectFrom]!.lower)) || inOpeningClause(tokens, s, cue);
  return trim(tokens, start, subordinate ? commaAfter(tokens, start, s.to) : endOf(tokens, cue, later, start, s.to));
}

/**
 * The cue stands in a clause that opens the sentence and leads to another: "Although Lee argues that …, the
 * council …", "Having announced that …, Lee left". Its clause ends at that clause's comma.
 */
function inOpeningClause(tokens: readonly Token[], s: Sentence, cue: Report): boolean {
  let first = s.from;
  while (first < cue.verb && (tokens[first]!.kind === "punct" || tokens[first]!.lower === "and" || tokens[first]!.lower === "but")) first++;
  const opener = tokens[first]!;
  const participle = opener.lower === "having" && cue.verb === first + 1;
  if (!participle && !(SUBORDINATORS.has(opener.lower) && first < cue.from)) return false;
  for (let i = first; i < cue.verb; i++) if (tokens[i]!.text === ",") return false;
  return true;
}

/** The first comma or semicolon from `from`, or `to`. */
function commaAfter(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (tokens[i]!.text === "," || tokens[i]!.text === ";") return i;
  return to;
}

/** Where the clause that starts at `start` ends: before the next cue that ends it, or at a semicolon or the sentence's end. */
function endOf(tokens: readonly Token[], cue: Report, later: readonly Report[], start: number, to: number): number {
  // "he and Vole introduced …": a cue whose clause would leave this one too short to state anything is inside it.
  for (const next of later) if (endsBefore(tokens, cue, next, start) && clauseEndBefore(tokens, start, next) - start >= MIN_CLAUSE_TOKENS) return clauseEndBefore(tokens, start, next);
  return clauseEnd(tokens, start, to);
}

/**
 * Where a reported clause ends with no other cue after it: at a semicolon ("… say they are paying attention;
 * 26 percent say …"), or at a comma that opens words about its last noun or its subject rather than more of
 * what was said: ", which …", ", who …", ", as have …", ", but stopped short of …".
 */
function clauseEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.text === ";") return i;
    // "denied the charges and counter-sued", "the plan failed but noted …", "… and has expressed …": a verb with
    // no subject of its own is the source's.
    if ((t.lower === "and" || t.lower === "but") && i > from) {
      const auxiliary = AUXILIARIES.has(tokens[i + 1]?.lower ?? "") && /[a-z]ed$/u.test(tokens[i + 2]?.lower ?? "");
      if (auxiliary || (isBareVerb(tokens[i + 1]) && !verbFollows(tokens, i + 2, to))) return i;
    }
    // "… Quillton: “…”", "… the prosecutors – the ones Vole …": a colon or a dash after a whole clause.
    const whole = i - from >= MIN_CLAUSE_TOKENS && opensClause(tokens, from, i);
    if ((t.text === ":" || DASHES.has(t.text)) && whole) return i;
    if (t.text !== "," || i === from) continue;
    const next = tokens[i + 1]?.lower ?? "";
    const after = tokens[i + 2];
    // "… are less for safety, and the union has sued": a second clause with a subject of its own is the writer's.
    if (CLAUSE_JOINERS.has(next) && whole && after?.lower !== "that" && !isBareVerb(after)) return i;
    if (NOUN_RELATIVES.has(next) && !relativeInSubject(tokens, i + 2, to)) return i;
    if (next === "as" && AUXILIARIES.has(after?.lower ?? "")) return i;
    if ((next === "but" || next === "and") && isBareVerb(after)) return i;
    // "they wanted a change, compared with four in 10 …": a participle after a whole clause adds the writer's words.
    if (isBareVerb(tokens[i + 1]) && opensClause(tokens, from, i)) return i;
  }
  return to;
}

/** "that Lee, who won on Tuesday, would focus …": the relative clause closes and the clause's verb follows. */
function relativeInSubject(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.text === ",") return !!tokens[i + 1] && (isVerbSign(tokens[i + 1]!) || /[a-z]ly$/u.test(tokens[i + 1]!.text));
  return false;
}

/** "the heat and unsettled weather could last": a finite verb soon after shows the -ed word was an adjective. */
function verbFollows(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + 3); i++) if (isVerbSign(tokens[i]!)) return true;
  return false;
}

/** A verb in -ed or -ing, or a common past form, not an auxiliary: "counter-sued", "chiding", "noted", "took". */
function isBareVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== "word" || t.capitalized || AUXILIARIES.has(t.lower) || t.lower.length < 5) return false;
  return /[a-z](ed|ing)$/u.test(t.lower) || (IRREGULAR_FINITE.has(t.lower) && !t.lower.endsWith("s"));
}

/**
 * Whether the next cue ends this one's clause: it shares its subject (", adding
 * that …", "and said …") or starts a clause of its own after a comma or "and"
 * ("…, and three-quarters said …"); a cue inside the clause does not ("Lee said Ruiz told …").
 */
function endsBefore(tokens: readonly Token[], cue: Report, next: Report, start: number): boolean {
  if (next.verb <= start) return false;
  if (next.subjectFrom <= cue.verb) return true;
  const before = tokens[next.from - 1];
  return !!before && (before.text === "," || before.text === ";" || CLAUSE_JOINERS.has(before.lower));
}

/** After the cue, the sentence ends or pauses within a few words of time or place ("Lee said on Tuesday."), and no quotation follows. */
function closesClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === "punct") return tokens[i + 1]?.kind !== "quote" && !(t.text === "," && tokens[i + 1]?.kind === "punct" && tokens[i + 2]?.kind === "quote");
    // "…, Lee said as she left": a clause of time after the cue.
    if (TIME_CONJUNCTIONS.has(t.lower)) return true;
    if (t.kind === "quote" || i - from >= TRAILING_WORDS || t.lower === "that" || CLAUSE_SIGNS.has(t.lower)) return false;
  }
  return true;
}

/**
 * The comma before a cue that closes a clause: right before its subject ("…, Lee said"), or before a few words
 * that describe it ("…, election officials said", "…, two senior aides said"); null when there is none.
 */
function commaBefore(tokens: readonly Token[], cue: Report, floor: number): number | null {
  for (let k = cue.from - 1; k > floor && k >= cue.from - 1 - SUBJECT_MODIFIERS; k--) {
    const t = tokens[k]!;
    if (t.text === ",") return k;
    if (t.kind !== "word" || CLAUSE_SIGNS.has(t.lower) || PREPOSITIONS.has(t.lower) || CLAUSE_JOINERS.has(t.lower) || RELATIVES.has(t.lower)) return null;
  }
  return null;
}

/** The comma that pauses the sentence right after a cue set within it ("…, Lee said on Monday, …"); null at its end. */
function pauseAfter(tokens: readonly Token[], from: number, to: number): number | null {
  for (let i = from; i < to; i++) if (tokens[i]!.kind === "punct") return tokens[i]!.text === "," && i + 1 < to ? i : null;
  return null;
}

/** An auxiliary or modal, not a subject pronoun: after "that", it shows "that" is the subject ("that is unlikely"). */
function isVerbSign(t: Token): boolean {
  return CLAUSE_SIGNS.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower);
}

/** Within a short phrase after `from` and before any pause, a subject pronoun that opens a clause; null when none. */
function subjectAfterPhrase(tokens: readonly Token[], from: number, to: number): number | null {
  // From the second word: the first is the phrase's own object ("said of it").
  for (let i = from + 1; i < Math.min(to, from + THAT_REACH); i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") return null;
    if (i > from + 1 && SUBJECT_PRONOUNS.has(t.lower) && opensOwnClause(tokens, i, to)) return i;
  }
  return null;
}

/** "did not say", "hasn't commented". */
function isNegated(tokens: readonly Token[], verb: number): boolean {
  const one = tokens[verb - 1]?.lower;
  const two = tokens[verb - 2]?.lower;
  return one === "not" || one === "never" || !!one?.endsWith("n't") || two === "not" || !!two?.endsWith("n't");
}

/**
 * A clause begins here: a subject pronoun or a finite verb within its first
 * words ("Bush is …", "he met …", "the plant would close …"), not a
 * preposition ("from every debate") nor a noun group alone ("a victory in …").
 */
function opensClause(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first || first.kind !== "word" || PREPOSITIONS.has(first.lower)) return false;
  for (let i = from; i < Math.min(to, from + FINITE_VERB_REACH); i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    if (CLAUSE_SIGNS.has(t.lower) || IRREGULAR_FINITE.has(t.lower) || t.lower.endsWith("n't") || t.lower.endsWith("'s") || t.lower.endsWith("’s")) return true;
    if (i > from && !t.capitalized && /[a-z]ed$/u.test(t.lower)) return true;
  }
  return false;
}

/** A clause with its own subject here: it opens like a clause and not with its verb ("would fail", "improved"). */
function opensOwnClause(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first || !opensClause(tokens, from, to)) return false;
  return SUBJECT_PRONOUNS.has(first.lower) || (!CLAUSE_SIGNS.has(first.lower) && !IRREGULAR_FINITE.has(first.lower) && !/[a-z]ed$/u.test(first.lower));
}

/** "to repeal …", not "to the committee", "to his aides": "to" and a verb. */
function isInfinitive(tokens: readonly Token[], to: number): boolean {
  const verb = tokens[to + 1];
  return !!verb && verb.kind === "word" && !verb.capitalized && !DETERMINERS.has(verb.lower) && !POSSESSIVES.has(verb.lower) && !PREPOSITIONS.has(verb.lower);
}

/** Past "on Friday", "earlier this week", "Tuesday" right after the verb: words of time that name a time. */
function pastTimeExpression(tokens: readonly Token[], from: number, to: number): number {
  let end = from;
  while (end < to && TIME_WORDS.has(tokens[end]!.lower)) end++;
  for (let i = from; i < end; i++) if (TIME_NOUNS.has(tokens[i]!.lower)) return end;
  return from;
}

/** "that" opening the clause within reach of the verb, before any comma or quote; null when there is none. */
function thatAfter(tokens: readonly Token[], from: number, to: number): number | null {
  for (let i = from; i < Math.min(to, from + THAT_REACH); i++) {
    const t = tokens[i]!;
    // "said that is unlikely": "that" is the clause's subject, not its opening.
    if (t.lower === "that") return CLAUSE_SIGNS.has(tokens[i + 1]?.lower ?? "") && !SUBJECT_PRONOUNS.has(tokens[i + 1]!.lower) ? null : i;
    // "said he had come to the view that …": the clause began before that "that".
    if (t.kind === "quote" || t.text === "," || t.text === ";" || t.text === ":" || CLAUSE_SIGNS.has(t.lower)) return null;
  }
  return null;
}

/** Past "told [the reporters | Lee | her]": the listener is a noun group up to the first verb-like word. */
function afterListener(tokens: readonly Token[], from: number, to: number): number {
  let i = from;
  if (tokens[i]?.lower === "the" || tokens[i]?.lower === "a" || POSSESSIVES.has(tokens[i]?.lower ?? "")) i++;
  // "told him he had …": the listener was a pronoun and the clause has begun.
  if (i > from && (CLAUSE_SIGNS.has(tokens[i]?.lower ?? "") || tokens[i]?.lower === "that")) return i;
  // "the council", "her aides", "Lee", "the Quill Party": one common noun after a determiner, or a run of names.
  const head = i;
  while (i < to && tokens[i]!.kind === "word" && (tokens[i]!.capitalized || i === head) && !QUESTION_WORDS.has(tokens[i]!.lower) && tokens[i]!.lower !== "to") i++;
  return i;
}

/** Where a clause ends when another cue follows in the sentence: before its subject or its ", adding". */
function clauseEndBefore(tokens: readonly Token[], start: number, next: Report): number {
  let end = next.from > start ? next.from : next.verb;
  // "…, but did not suggest": back to the joiner, a few words before the verb.
  for (let k = end - 1; k > Math.max(start, end - JOINER_REACH); k--) {
    if (tokens[k]!.text === "," || CLAUSE_JOINERS.has(tokens[k]!.lower)) {
      end = k;
      break;
    }
  }
  while (end > start && (tokens[end - 1]!.kind === "punct" || CLAUSE_JOINERS.has(tokens[end - 1]!.lower))) end--;
  return end;
}

/** [from, to) without punctuation at either end, or null when nothing is left. */
function trim(tokens: readonly Token[], from: number, to: number): { from: number; to: number } | null {
  while (from < to && (tokens[from]!.kind === "punct" || (tokens[from]!.lower === "that" && from + 1 < to && tokens[from + 1]!.kind === "word" && !isVerbSign(tokens[from + 1]!)))) from++;
  while (to > from && tokens[to - 1]!.kind === "punct") to--;
  return to > from ? { from, to } : null;
}

/** A clause long enough to state something, and not a quotation: those are the quotes' own (`Lee said, "…"`). */
function isStatement(tokens: readonly Token[], clause: { from: number; to: number }, named = false): boolean {
  const length = clause.to - clause.from;
  if (named && length >= 2 && !tokens.slice(clause.from, clause.to).some((t) => t.kind === "quote")) return true;
  // "it would cooperate", "business is poor", "he would": fewer words make a statement when a subject and its verb open them.
  const subjectAndVerb = CLAUSE_SIGNS.has(tokens[clause.from + 1]?.lower ?? "") && !SUBJECT_PRONOUNS.has(tokens[clause.from + 1]!.lower);
  const short = subjectAndVerb && (length === MIN_CLAUSE_TOKENS - 1 || (length === 2 && SUBJECT_PRONOUNS.has(tokens[clause.from]!.lower)));
  if (length < MIN_CLAUSE_TOKENS && !short) return false;
  if (tokens[clause.from]!.kind === "quote") return false;
  const quoted = tokens.slice(clause.from, clause.to).filter((t) => t.kind === "quote").length;
  return quoted * 2 < clause.to - clause.from;
}
