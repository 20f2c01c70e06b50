/**
 * Speech cues in one sentence: each speech verb with the phrase that names
 * its speaker. "Vole told Lane" → Vole; "said Ruiz" → Ruiz;
 * "it quoted Nasser as telling" → Nasser; "according to X" → X.
 */
import { wordSet } from "./word-set";
import { canSpeak, typeAt } from "./name-types";
import { capitalizedRunEnd, classify, isPronoun, looksLikeVerb, openingWord, pronoun, titledNameAfter, subjectStart, phraseAfter, phraseBefore, skipAuxiliariesBack, type Phrase } from "./phrases";
import type { Sentence } from "./sentences";
import { GO_ON_VERBS, isParticiple, MANNER_VERBS, RECALLING_VERBS, RELAY_VERBS, SPEECH_VERBS, WEAK_SPEECH_VERBS } from "./speech-verbs";
import type { Token } from "./tokens";
import { dashStartingAt, isPossessive } from "./tokens";
import { DETERMINERS, FORMS_OF_BE, GROUP_PRONOUNS, NOT_NAME_WORDS, OWNING_PRONOUNS, PASSIVE_AUXILIARIES, PERSON_PRONOUNS, RELATIVE_PRONOUNS, TIME_WORDS } from "./vocabulary";
import { DOCUMENT_NOUNS } from "./roles";
import { partyOfWord } from "./affiliation-conventions";

export interface Cue {
  /** Token index of the speech verb. */
  verb: number;
  speaker: Phrase;
  /** Opinion or label verbs ("called", "described"): enough for a partial quote only. */
  weak: boolean;
  /** Token range of the attributing words, for display: "said Ruiz". */
  from: number;
  to: number;
}

/** Verbs whose following noun is their object, never an inverted subject: "told Vole", "urged lawmakers". */
const NEVER_INVERTED: ReadonlySet<string> = wordSet(`
  tell tells told telling urge urges urged urging remind reminds reminded assure assured advise advised instruct
  instructed order ordered call calls called calling dub dubbed label labeled labelled term termed describe
  described praise praised slam slammed blast blasted criticize criticized criticise criticised accuse accused
  introduce introduced charge charged read reads
`);

/** "shot back", "fired back": verbs that report a retort when "back" follows. */
const RETORT_VERBS: ReadonlySet<string> = wordSet(`
  shot shoots fired fires hit hits pushed pushes
`);

/** Nothing, a quotation, or a sign that ends a clause: what follows a verb used on its own ("Lee went on."). */
function endsClause(t: Token | undefined): boolean {
  return !t || t.kind === "quote" || /^[.,:;]$/u.test(t.text);
}

/** Speech verbs whose past tense ends in neither -ed nor -s. */
const IRREGULAR_PASTS: ReadonlySet<string> = wordSet(`
  said told wrote thought spoke
`);

/** "is said to be", "said to have": after "said to", these begin an infinitive, not a listener ("said to reporters"). */
const SAID_TO_INFINITIVES: ReadonlySet<string> = wordSet(`
  be have
`);

/** "rallied supporters by warning that …", "while noting": before a speech participle, these leave its subject the clause's own. */
const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = wordSet(`
  by while after before when in upon
`);

/** A quotation that ends in a comma inside its closing mark: “Quill pride,” */
const COMMA_INSIDE_CLOSE = /,\s*["\u201d\u2019']$/u;

/** Object pronouns, read as the pronoun they stand for when they speak: "recalls him saying". */
const OBJECT_PRONOUNS: ReadonlySet<string> = wordSet(`him her them`);

/**
 * "“…,” the president said in a statement, according to Quill News", "Lee told Vole …, according to two sources:
 * “…”": whether a verb of saying comes before token `v` in its clause ("The union said it would strike, but
 * according to Dan Ruffo, “…”" starts a clause; "were told" is passive).
 */
function saidEarlierIn(tokens: readonly Token[], s: Sentence, v: number): boolean {
  let quoted = false;
  for (let k = v - 1; k >= s.from; k--) {
    const t = tokens[k]!;
    if (t.text === ";" || CLAUSE_JOINERS.has(t.lower)) return false;
    if (t.kind === "quote") quoted = true;
    if (PASSIVE_AUXILIARIES.has(tokens[k - 1]?.lower ?? "")) continue;
    // "he remarked to Vole, “…,” according to an aide": any verb that introduced the quote, not one in a relative
    // clause ("Lee, who testified, was “shaken,” according to …") nor a noun ("the claims").
    if (REPORTING_PAST.has(t.lower) || (quoted && introducesWords(tokens, k))) return true;
  }
  return false;
}
const REPORTING_PAST: ReadonlySet<string> = wordSet(`said says told wrote writes added adds`);
/** A past verb that reports words outright ("remarked", "insisted"; not "called", not "claims"), after its subject. */
function introducesWords(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  return t.kind === "word" && !t.capitalized && /ed$/u.test(t.lower) && SPEECH_VERBS.has(t.lower) && !WEAK_SPEECH_VERBS.has(t.lower) &&
    !!before && before.kind === "word" && !RELATIVE_PRONOUNS.has(before.lower) && before.lower !== "that" && !DETERMINERS.has(before.lower);
}
const CLAUSE_JOINERS: ReadonlySet<string> = wordSet(`but while whereas although though however`);

/** "did not respond", "never said", "won't comment": the verb at `verb` is denied right before it ("did not just say" is no denial). */
export function isDenied(tokens: readonly Token[], verb: number): boolean {
  const before = tokens[verb - 1]?.lower;
  return before === "not" || before === "never" || !!before?.endsWith("n't");
}

/** Whether the verb at `v` goes on with "to" and a bare verb that is no verb of saying: "continue to provide". */
function beforeInfinitive(tokens: readonly Token[], v: number): boolean {
  const next = tokens[v + 2];
  return tokens[v + 1]?.lower === "to" && !!next && next.kind === "word" && !next.capitalized && !DETERMINERS.has(next.lower) && !/s$/u.test(next.lower) && !/^\d/u.test(next.text) && !SPEECH_VERBS.has(next.lower);
}

/** Verbs of saying only beside a quotation: "She began, “…”", "“…,” he continued." */
const QUOTING_ONLY_VERBS: ReadonlySet<string> = wordSet(`begin begins began continue continues continued`);

function holdsQuote(tokens: readonly Token[], s: Sentence): boolean {
  for (let k = s.from; k < s.to; k++) if (tokens[k]!.kind === "quote") return true;
  return false;
}

/** "In Quarrie's words, “…”", "in Vole's view, …": nouns for what someone said or holds, owned by them. */
const OWN_WORDS_NOUNS: ReadonlySet<string> = wordSet(`words view opinion`);

/**
 * Every word readCue may make a cue of: most words are none, and one look-up
 * here spares them readCue's several (this runs for every word of the article).
 */
const CUE_WORDS: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...RELAY_VERBS, ...RETORT_VERBS, ...GO_ON_VERBS, ...OWN_WORDS_NOUNS, "according", "put", "puts"]);

export function findCues(tokens: readonly Token[], sentence: Sentence): Cue[] {
  const cues: Cue[] = [];
  // Words a cue already read as its own ("as saying"): made at the first cue word, which most sentences lack.
  let consumed: Set<number> | null = null;
  for (let v = sentence.from; v < sentence.to; v++) {
    const t = tokens[v]!;
    // "the United States": a capitalised word inside a sentence is a name, not a verb.
    if (t.kind !== "word" || (t.capitalized && v > sentence.from) || !CUE_WORDS.has(t.lower) || consumed?.has(v)) continue;
    const cue = readCue(tokens, sentence, v, (consumed ??= new Set()), cues);
    if (cue && !deniedSpeaker(tokens, cue.speaker)) cues.push(cue);
  }
  return cues;
}

/** "Not one official would say", "No resident said": a speaker denied is no one who spoke. */
function deniedSpeaker(tokens: readonly Token[], speaker: Phrase): boolean {
  if (speaker.kind !== "anonymous") return false;
  const first = tokens[speaker.from]!.lower;
  return first === "no" || first === "none" || first === "neither" || tokens[speaker.from - 1]?.lower === "not";
}

function readCue(tokens: readonly Token[], s: Sentence, v: number, consumed: Set<number>, earlier: readonly Cue[]): Cue | null {
  const t = tokens[v]!;
  const make = (speaker: Phrase, weak: boolean, extraEnd = v + 1): Cue => ({
    verb: v,
    speaker,
    weak,
    from: Math.min(speaker.from, v),
    to: Math.max(speaker.to, extraEnd),
  });

  if (t.lower === "according" && tokens[v + 1]?.lower === "to") {
    // "“…,” the president said in a statement, according to Quill News": the words were said before the outlet passed them on.
    if (saidEarlierIn(tokens, s, v)) return null;
    const speaker = phraseAfter(tokens, v + 1, s.to);
    return speaker && speaker.kind !== "pronoun" ? make(speaker, false, v + 2) : null;
  }
  if (OWN_WORDS_NOUNS.has(t.lower)) {
    // "In Dr. Quarrie's words, “…”": the words' owner speaks; a view or an opinion only holds a partial quote.
    const owner = phraseBefore(tokens, v, s.from);
    // Only opening the sentence ("Now, in Vole's view, …"): "To put it in Lee's words, “…,” Vole said", "Lee said that,
    // in Vole's view, …" are others' words.
    const opening = openingWord(tokens, s);
    const owns = owner && owner.kind === "person" && owner.to === v && isPossessive(tokens[v - 1]!.text) && owner.from - 1 === opening && tokens[opening]!.lower === "in";
    return owns ? make(owner, t.lower !== "words") : null;
  }
  if (RECALLING_VERBS.has(t.lower)) {
    // "“…,” she recalls him saying", "Lee heard Vole say: “…”": the one recalled or heard speaks.
    const recalled = OBJECT_PRONOUNS.has(tokens[v + 1]?.lower ?? "") ? pronoun(v + 1) : phraseAfter(tokens, v, s.to);
    const saying = recalled ? tokens[recalled.to] : undefined;
    if (recalled && saying && SPEECH_VERBS.has(saying.lower) && !/(?:ed|s)$/u.test(saying.lower) && saying.lower !== "said") {
      consumed.add(recalled.to);
      return { verb: v, speaker: recalled, weak: false, from: v, to: recalled.to + 1 };
    }
  }
  if (RELAY_VERBS.has(t.lower) && tokens[v + 1]?.lower === "as" && SPEECH_VERBS.has(tokens[v + 2]?.lower ?? "")) {
    // "Haddad was quoted as saying": the subject speaks.
    const subject = phraseBefore(tokens, v, s.from);
    consumed.add(v + 2);
    return subject ? { verb: v, speaker: subject, weak: false, from: Math.min(subject.from, v), to: v + 3 } : null;
  }
  if (RELAY_VERBS.has(t.lower)) {
    // "Syrian television quoted Nasser as saying": the one quoted speaks.
    const quoted = phraseAfter(tokens, v, s.to);
    if (!quoted) return null;
    const as = tokens[quoted.to];
    const verb = tokens[quoted.to + 1];
    if (as?.lower === "as" && verb && SPEECH_VERBS.has(verb.lower)) {
      consumed.add(quoted.to + 1);
      return { verb: v, speaker: quoted, weak: false, from: v, to: quoted.to + 2 };
    }
    return null;
  }
  // "As Gray put it, “…”": "put it" reports words; "Vole shot back, “…”" too.
  const putIt = (t.lower === "put" || t.lower === "puts") && tokens[v + 1]?.lower === "it";
  const hitBack = RETORT_VERBS.has(t.lower) && tokens[v + 1]?.lower === "back";
  // "“…,” Lee went on.", "Lee went on: “…”": going on with nothing after it is going on speaking.
  const wentOn = GO_ON_VERBS.has(t.lower) && tokens[v + 1]?.lower === "on" && endsClause(tokens[v + 2]);
  if (!SPEECH_VERBS.has(t.lower) && !putIt && !hitBack && !wentOn) return null;
  const previous = tokens[v - 1];
  // "Lee went on to say, “…”": the one who went on speaks.
  if (previous?.lower === "to" && tokens[v - 2]?.lower === "on" && GO_ON_VERBS.has(tokens[v - 3]?.lower ?? "")) {
    const coordinated = /^(and|but)$/u.test(tokens[v - 4]?.lower ?? "");
    const subject = coordinated ? mainSubject(tokens, s, v - 4) : phraseBefore(tokens, v - 3, s.from);
    return subject ? make(subject, WEAK_SPEECH_VERBS.has(t.lower)) : null;
  }
  // "Zorg's call", "the statement", "other states": a noun, not a verb.
  if (previous && previous.kind === "word" && (DETERMINERS.has(previous.lower) || isPossessive(previous.text))) return null;
  // "to say", "said to be": not a report of words ("said to cheers", "said to reporters" are).
  if (previous?.lower === "to" || (t.lower === "said" && tokens[v + 1]?.lower === "to" && SAID_TO_INFINITIVES.has(tokens[v + 2]?.lower ?? ""))) return null;
  // "Filming began in the fall", "the talks continued": these verbs report words only in a sentence that quotes some,
  // or handing over to one ("She continued:" before a quote paragraph).
  // "Jobs will continue to provide “…”", "Lee began to cry": a verb before an infinitive does something else (not
  // "continued to a crowd of 300", "continued to reporters", "continued to tell the crowd").
  if (QUOTING_ONLY_VERBS.has(t.lower) && ((!holdsQuote(tokens, s) && tokens[v + 1]?.text !== ":") || beforeInfinitive(tokens, v))) return null;
  // "He continued, “…”", "Lee quipped: “…”": a verb that hands straight over to a quote reports all of it.
  const introduces = introducesQuote(tokens, hitBack || wentOn ? v + 1 : v);
  const weak = WEAK_SPEECH_VERBS.has(t.lower) && !introduces;
  // Passive: "he was told by X", "it is said": the subject did not speak; "by X" did, if named.
  if (PASSIVE_AUXILIARIES.has(tokens[v - 1]?.lower ?? "") && /(ed|told|said|written)$/u.test(t.lower)) {
    const agent = tokens[v + 1]?.lower === "by" ? phraseAfter(tokens, v + 1, s.to) : null;
    return agent && agent.kind !== "pronoun" ? make(agent, weak) : null;
  }
  const left = skipAuxiliariesBack(tokens, v - 1, s.from);
  const leftToken = left >= s.from ? tokens[left] : undefined;

  // ", telling Vole" / "and slammed": the subject of the sentence's main clause speaks.
  // "Lee rallied supporters by warning that …": the clause's subject speaks.
  const afterPreposition = isParticiple(t.lower) && !!leftToken && PARTICIPLE_PREPOSITIONS.has(leftToken.lower);
  // "Lee praised “Quill pride,” saying …": a comma kept inside the marks still sets the participle off. Not when
  // the quotation is someone else's words the clause speaks of ("seized on Lee's claim that X “…,” saying …"), nor
  // one set off by commas as a noun's name ("attacked the party's slogan, “Quill first,” saying …").
  const quoteWithComma = leftToken?.kind === "quote" && COMMA_INSIDE_CLOSE.test(leftToken.text) && tokens[left - 1]?.text !== ",";
  const afterComma = leftToken?.text === "," || (quoteWithComma && !ownedSpeechNoun(tokens, s, left));
  const continuesClause =
    (isParticiple(t.lower) && afterComma) || leftToken?.lower === "and" || leftToken?.lower === "but" || afterPreposition;
  if (continuesClause) {
    // ", it said, promising …": the cue just before speaks on. "During the call, he asked…, called Vole a … and
    // said": a coordinated verb shares the clause's own subject, not the last cue's.
    const participle = afterComma;
    // "…, with Jo Lee tweeting that … and asking, “…”": the one doing the participles speaks.
    const withSubject = participleSubjectAfterWith(tokens, s, v);
    // "Lee signed an order, while Vole proposed … and said": the coordinated verb is the last clause's.
    const clause = participle ? s : { ...s, from: clauseStartBefore(tokens, s, v) };
    // "If Bell read it, Quarrie was surprised, telling Mayer …": a cue in an opening clause is not the one that goes on.
    const start = tokens[openingWord(tokens, s)]?.lower === "according" ? s.from : subjectStart(tokens, s);
    let goingOn: Cue | undefined;
    for (const c of earlier) if (c.verb >= start) goingOn = c;
    // With no subject after the opening ("At the hearing Vole accused Lee of lying, saying …"), the last cue goes on.
    const main = withSubject ?? (participle ? (goingOn?.speaker ?? mainSubject(tokens, s, v) ?? earlier.at(-1)?.speaker) : (mainSubject(tokens, clause, v) ?? mainSubject(tokens, s, v) ?? earlier.at(-1)?.speaker));
    return main ? make(main, weak) : null;
  }
  // "Lee issued a statement Tuesday saying, “…”": whoever put out the document speaks.
  const document = isParticiple(t.lower) ? documentNounBefore(tokens, v, s.from) : -1;
  if (document >= 0) {
    const issuer = mainSubject(tokens, { ...s, from: clauseStartBefore(tokens, s, document) }, document);
    // "Vole's campaign released a statement saying": the campaign's, not Vole's.
    return issuer && !isPossessive(tokens[issuer.to - 1]!.text) ? make(issuer, weak) : null;
  }
  const subject = phraseBefore(tokens, v, s.from);
  // "a Donald Vole tweet attacking …", "an Acme statement": a name qualifying a noun, not a subject.
  // "an Iowa Republican said" is a party member, no qualifier.
  const partyMember = subject !== null && subject.nameTo === subject.to && partyOfWord(tokens[subject.nameTo - 1]!.text) !== null;
  if (subject && (subject.kind === "person" || subject.kind === "organization") && /^an?$/u.test(tokens[subject.nameFrom - 1]?.lower ?? "") && !partyMember) return null;
  // "stunned by the transition team request": after a preposition a weak word of saying ends a noun phrase.
  if (subject && weak && subject.kind !== "pronoun" && NOUN_PHRASE_PREPOSITIONS.has(tokens[subject.from - 1]?.lower ?? "")) return null;
  // "the letter Lee wrote was “kind”": a clause that describes a noun, itself the subject of "was".
  if (subject && isRelativeClause(tokens, subject.kind === "person" ? subject.nameFrom : subject.from, v)) return null;
  // "Audience members laughed when …": a verb of manner needs the quote right before its subject.
  // "… Marsh yelled “watch out!”": a verb of manner right before the quote introduces it, comma or not.
  if (subject && MANNER_VERBS.has(t.lower) && !followsQuote(tokens, subject.from) && !introduces && tokens[v + 1]?.kind !== "quote") return null;
  // "“…,” the memo revealed Jo Lee had ordered": a clause after "revealed" is what came out, not who spoke.
  if (subject && /^reveal/u.test(t.lower) && (tokens[v + 1]?.lower === "that" || tokens[v + 1]?.capitalized)) return null;
  if (subject) return make(subject, weak);
  // Inverted: `…," said Ruiz` or a sentence that starts with the verb. Not "called Vole a …" or "told Vole": their object is no speaker.
  const inverted = leftToken === undefined || leftToken.kind === "quote" || leftToken.text === "," || leftToken.text === ":";
  // `“Keep calm,” ordered Jo Lee.`: right after a quote that opens the sentence and closing it, even these verbs
  // invert ("The report, which called it “savage,” criticised Vole" has its subject before the quote).
  const quoteAt = leftToken?.kind === "quote" ? left : leftToken?.text === "," && tokens[left - 1]?.kind === "quote" ? left - 1 : -1;
  const afterQuote = quoteAt >= 0 && tokens.slice(s.from, quoteAt).every((t) => t.kind === "punct");
  const objectVerb = NEVER_INVERTED.has(t.lower);
  if (!inverted || (objectVerb && !afterQuote)) return null;
  // "Email the writer at …", "Tell us more": a sentence that opens with a plain verb is an instruction;
  // an inverted report opens with a tense ("Said Ruiz", "Writes the Planet").
  if (leftToken === undefined && !/(ed|s)$/u.test(t.lower) && !IRREGULAR_PASTS.has(t.lower)) return null;
  const speaker = phraseAfter(tokens, v, s.to);
  if (!speaker) return null;
  // `," state television quoted …`: "state" was an adjective; an inverted subject ends its clause.
  const after = tokens[speaker.appositive ? speaker.appositive[1] : speaker.to];
  if (after && after.kind === "word" && !after.capitalized && !TIME_WORDS.has(after.lower) && !/^(who|which|and|but|of|at|from|in|with|for)$/u.test(after.lower)) return null;
  if (objectVerb && (speaker.kind === "pronoun" || (after !== undefined && after.text !== "." && after.text !== ","))) return null;
  return make(speaker, weak);
}

/** Prepositions whose object cannot go on as a clause: "by the team request", "of the Quill estimate". */
const NOUN_PHRASE_PREPOSITIONS: ReadonlySet<string> = wordSet(`by of for from about over against into`);

/** "the letter Lee wrote was", "the speech she gave is": determiner, common noun, subject, verb, then "be". */
function isRelativeClause(tokens: readonly Token[], subjectFrom: number, verb: number): boolean {
  // A form of "be" right after the speech verb shows its clause was a noun's description.
  if (!FORMS_OF_BE.has(tokens[verb + 1]?.lower ?? "")) return false;
  const noun = tokens[subjectFrom - 1];
  const determiner = tokens[subjectFrom - 2];
  return !!noun && noun.kind === "word" && !noun.capitalized && !NOT_NAME_WORDS.has(noun.lower) && !!determiner && DETERMINERS.has(determiner.lower);
}

/** `Dunn laughed, "…"`: a comma or colon, then a quote, right after the verb at `v`. */
function introducesQuote(tokens: readonly Token[], v: number): boolean {
  const mark = tokens[v + 1]?.text;
  return (mark === "," || mark === ":") && tokens[v + 2]?.kind === "quote";
}

/** `"…," Dunn laughed`: a quote (and its comma) right before `from`. */
function followsQuote(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  if (tokens[k]?.text === ",") k--;
  return tokens[k]?.kind === "quote";
}

/** Words that open a clause of its own after a comma: "…, while Vole proposed …". */
const CLAUSE_OPENERS: ReadonlySet<string> = wordSet(`
  while whereas but although though
`);

/** Where the last clause opened after a comma before token `v` begins (the sentence's start if none): the subject of a verb after "and" is sought there. */
function clauseStartBefore(tokens: readonly Token[], s: Sentence, v: number): number {
  for (let k = v - 1; k > s.from; k--) if (CLAUSE_OPENERS.has(tokens[k]!.lower) && tokens[k - 1]!.text === ",") return k + 1;
  return s.from;
}

/** Time words read past between a document and its participle: "a statement on Tuesday saying". */
const DOCUMENT_TIME_REACH = 2;

/** Verbs that put a document out in its author's name: "issued a statement", "sent out a release". */
const ISSUING_VERBS: ReadonlySet<string> = wordSet(`
  issue issues issued release releases released put puts send sends sent post posts posted publish publishes
  published share shares shared circulate circulates circulated distribute distributes distributed launch launches
  launched
`);

/** Words between an issuing verb and its document: "sent out a separate press release". */
const DOCUMENT_LEAD_REACH = 4;

/**
 * Where "statement" stands in "issued a statement (on Tuesday) saying" before the participle at `v`, or -1.
 * The verb before it must put the document out: in "called a report suggesting …" the report speaks, not the caller.
 */
function documentNounBefore(tokens: readonly Token[], v: number, from: number): number {
  let k = v - 1;
  while (k > from && v - 1 - k < DOCUMENT_TIME_REACH && TIME_WORDS.has(tokens[k]!.lower)) k--;
  const noun = tokens[k];
  if (k <= from || noun?.kind !== "word" || noun.capitalized || !DOCUMENT_NOUNS.has(noun.lower)) return -1;
  for (let j = k - 1; j >= Math.max(from, k - DOCUMENT_LEAD_REACH); j--) {
    const t = tokens[j]!;
    if (t.kind !== "word" || t.capitalized) return -1;
    if (ISSUING_VERBS.has(t.lower)) return k;
  }
  return -1;
}

/** Whether the sentence puts out a document called `noun`: "The Harbour Trust issued a statement on Tuesday." */
export function issuesDocument(tokens: readonly Token[], s: Sentence, noun: string): boolean {
  for (let k = s.from + 1; k < s.to; k++) {
    if (tokens[k]!.bare !== noun) continue;
    // "released a statement from the family", "shared the party's statement": someone else's document.
    if (/^(from|by|of)$/u.test(tokens[k + 1]?.lower ?? "") || isPossessive(tokens[k - 1]!.text)) continue;
    for (let j = k - 1; j >= Math.max(s.from, k - DOCUMENT_LEAD_REACH); j--) {
      const t = tokens[j]!;
      if (t.kind !== "word") break;
      if (ISSUING_VERBS.has(t.lower)) return true;
    }
  }
  return false;
}

/** The first phrase of the sentence that can be a subject: "Lane weighed in, telling Vole" → Lane. */
function mainSubject(tokens: readonly Token[], s: Sentence, before: number): Phrase | null {
  for (let k = subjectStart(tokens, s); k < before; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    if (isPronoun(t.lower)) return clauseSubjectAfter(tokens, s, k + 1, before) ?? pronoun(k);
    if (!t.capitalized || NOT_NAME_WORDS.has(t.lower)) continue;
    // "Quill Department official Paul Grant revealed…": names and titles up to the verb.
    const end = capitalizedRunEnd(tokens, k, before, true);
    // "Vole campaign manager Jo Lee told …": a name before lower-case titles qualifies the name after them.
    const titled = titledNameAfter(tokens, end, before);
    if (titled >= 0) {
      k = titled - 1;
      continue;
    }
    const phrase = classify(tokens, k, end);
    // "Speaking in Quillton, Ohio, Jo Lee went on, calling …": past the opening participle and the places.
    if (phrase && (phrase.kind === "person" || phrase.kind === "organization") && !canSpeak(typeAt(tokens, phrase.nameFrom, phrase.nameTo, s.from, s.to).type)) {
      k = end - 1;
      continue;
    }
    return (phrase && clauseSubjectAfter(tokens, s, end, before)) ?? phrase;
  }
  return null;
}

/**
 * "In 2009, after Vole fell ill, Lee emailed her, telling …", "Speaking to Quill Radio's
 * Morning Show, Lee said … and added": the first name of the sentence stood in an opening
 * clause or phrase; the subject is the last name or pronoun after a comma or dash that a verb
 * follows. Null when none does.
 */
function clauseSubjectAfter(tokens: readonly Token[], s: Sentence, from: number, before: number): Phrase | null {
  let found: Phrase | null = null;
  for (let j = from; j < before; j++) {
    const start = tokens[j]!.text === "," ? j + 1 : dashStartingAt(tokens, j);
    const t = tokens[start];
    if (start < 0 || start >= before || !t || t.kind !== "word") continue;
    if (PERSON_PRONOUNS.has(t.lower) || GROUP_PRONOUNS.has(t.lower)) {
      if (looksLikeVerb(tokens[start + 1]) && !reportsInPassing(tokens, start + 1, before)) found = pronoun(start);
      continue;
    }
    if (!t.capitalized || NOT_NAME_WORDS.has(t.lower)) continue;
    const end = capitalizedRunEnd(tokens, start, before, true);
    if (!looksLikeVerb(tokens[end]) || reportsInPassing(tokens, end, before)) continue;
    const phrase = classify(tokens, start, end);
    if (phrase && (phrase.kind === "person" || phrase.kind === "organization") && canSpeak(typeAt(tokens, phrase.nameFrom, phrase.nameTo, s.from, s.to).type)) found = phrase;
  }
  return found;
}

/** Most words between a verb of saying and the comma that closes a clause reporting in passing. */
const IN_PASSING_WORDS = 1;

/** ", Ann Vole told reporters, and …": a verb of saying set off by commas reports the sentence; its subject is not the sentence's. */
function reportsInPassing(tokens: readonly Token[], verb: number, before: number): boolean {
  if (!SPEECH_VERBS.has(tokens[verb]?.lower ?? "")) return false;
  for (let k = verb + 1; k < Math.min(before, verb + 2 + IN_PASSING_WORDS); k++) if (tokens[k]!.text === ",") return true;
  return false;
}

/** "with NAME tweeting …": the phrase between "with" and an -ing verb before token `v`, or null. */
function participleSubjectAfterWith(tokens: readonly Token[], s: Sentence, v: number): Phrase | null {
  for (let w = v - 1; w > s.from + 1; w--) {
    const t = tokens[w]!;
    if (t.kind !== "word" || t.capitalized || !/ing$/u.test(t.lower)) continue;
    let k = w - 1;
    while (k > s.from && tokens[k]!.kind === "word" && tokens[k]!.capitalized) k--;
    if (k < w - 1 && tokens[k]!.lower === "with") {
      const phrase = classify(tokens, k + 1, w);
      if (phrase?.kind === "person") return phrase;
    }
  }
  return null;
}

/** A word of saying owned by someone before token `q`: "Lee's claim", "her warning". */
export function ownedSpeechNoun(tokens: readonly Token[], sentence: Sentence, q: number): boolean {
  for (let k = sentence.from + 1; k < q; k++) {
    const t = tokens[k]!;
    const owner = tokens[k - 1]!;
    if (t.kind === "word" && SPEECH_VERBS.has(t.lower) && (isPossessive(owner.text) || OWNING_PRONOUNS.has(owner.lower))) return true;
  }
  return false;
}
