/**
 * The engine: article blocks in, Attribution out. Pure, no DOM.
 *
 * For every quotation it tries the strictest reading first and relaxes step
 * by step (the rules are named in rules.ts), keeping the measured precision of the rule that decided:
 *   1. a speech cue in the quote's own sentence ("said Ruiz", "it quoted Nasser as telling"),
 *      the one that introduces it (`he said, "…"`) first, then the nearest;
 *   2. the speaker of the quote, or of the reported speech, just before it in the same paragraph;
 *   3. the speaker of the paragraph before, for a paragraph that opens with a bare quote;
 *   4. the subject of a sentence that a colon ends ("X had a similar experience: "…"").
 * Embedded posts signed "— Name (@handle)" are their signer's.
 * Below CONFIDENCE_FLOOR the quote keeps no speaker: a wrong name is worse than none.
 */
import { visibleText } from "./invisible";
import { wordSet } from "./word-set";
import { isLower, startsUpper } from "./characters";
import type { Attribution, Quote, QuoteKind, ReportedStatement, Speaker, TextBlock } from "./attribution";
import { Cast, type BlockTokens, type Entity, type NameRun } from "./cast";
import { findCues, isDenied, issuesDocument, ownedSpeechNoun, type Cue } from "./cues";
import { capitalizedRunEnd, classify, isTiedSource, isTitleWord, looksLikeVerb, openingWord, phraseBefore, subjectStart, titledNameAfter, type Phrase } from "./phrases";
import { isByline } from "./bylines";
import { endsWithPhotoCredit } from "./photo-credits";
import { profileOf } from "./profile";
import { readOrganizations, type KnownOrganizations } from "./organizations";
import { findQuoteSpans, type QuoteSpan } from "./quotes";
import { findReported, type ReportedClause } from "./reported";
import { isStageDirection, isUnclaimedFragment, namesAWork, qualifiesNoun } from "./not-quotes";
import { SPEECH_VERBS, WEAK_SPEECH_VERBS } from "./speech-verbs";
import { splitSentences, type Sentence } from "./sentences";
import { dashEndingAt, isPossessive, tokenize, withoutPossessive, type Token } from "./tokens";
import { ANONYMOUS_PERSON_NOUNS, isOrganizationWord, isRoleNoun } from "./roles";
import { explainType, givenNameGender, isCommonWordName, typeName, type EntityType, type TypingRule } from "./entity-type";
import { canSpeak, typeAt } from "./name-types";
import { CONFIDENCE_FLOOR, confidenceOf } from "./rule-confidence";
import { ruleKey, type RuleName, type SpeakerEvidence } from "./rules";
import { AUXILIARIES, DETERMINERS, FEMALE_NOUNS, FEMALE_PRONOUNS, FORMS_OF_BE, GROUP_PRONOUNS, IRREGULAR_FINITE, MALE_NOUNS, MALE_PRONOUNS, NOT_NAME_WORDS, PASSIVE_AUXILIARIES, PERSON_PRONOUNS, RELATIVE_PRONOUNS, THING_PRONOUNS } from "./vocabulary";

export { CONFIDENCE_FLOOR } from "./rule-confidence";

/** Typing rules that read the name itself, not its surroundings. */
const TYPED_BY_NAME: ReadonlySet<TypingRule> = new Set(["given-name", "organization", "organization-head", "title-inside", "place"]);

/** What a pronoun's antecedent search found: one clear antecedent, or a rival as likely. */
const PRONOUN_CLEAR = 0.8;
const PRONOUN_AMBIGUOUS = 0.45;

/** "he urged voters, “…”", "told the audience: “…”": a verb this close before a comma or colon introduces the quote. */
const INTRODUCING_REACH = 5;
/** How many tokens a cue may sit from its quote and still count as "adjacent". */
const ADJACENT_TOKENS = 4;
/** Farthest a cue's verb may sit from a quote and still be its cue, in tokens (also keeps a sentence of thousands of quotes and cues linear). */
const CUE_REACH = 40;
/** How far back "the statement read" looks for who issued it, in blocks. */
const ISSUER_REACH_BLOCKS = 2;
/** How far back "the agency" looks for the organisation it stands for, in blocks. */
const DESCRIPTION_REACH_BLOCKS = 5;
/** Words read back from a name for how the article described the person. */
const DESCRIPTION_WORDS = 5;
/** Sentences of one paragraph between pauses of attributeSteps. */
const SENTENCES_PER_STEP = 64;
/**
 * The most mentions any backward search reads: within reach they are searched
 * newest first, so a paragraph with thousands of quotes cannot make each
 * search cost thousands of steps.
 */
const MENTION_SCAN_LIMIT = 300;
/** How far back a pronoun looks for its antecedent, in blocks. */
const PRONOUN_REACH_BLOCKS = 3;

interface AnalysedBlock extends BlockTokens {
  kind: TextBlock["kind"];
  spans: QuoteSpan[];
  sentences: Sentence[];
  /** The capitalised runs the cast read while indexing, by first token (recordNames reads the same runs). */
  nameRuns: ReadonlyMap<number, NameRun>;
}

/** Whom a pronoun stands for, how clearly, and whether its antecedent was two paragraphs or more back. */
interface PronounReading {
  entity: Entity;
  confidence: number;
  far: boolean;
}

/** A speaker mentioned at a point of the article, for resolving later pronouns. */
interface Mention {
  entity: Entity;
  block: number;
  sentence: number;
  token: number;
  /** 0 speaks (subject of a speech verb), 1 is the first name in its sentence, 2 any other, 3 a listener. */
  rank: number;
  /** Spoke in a cue ranked lower for where it stands ("according to Lee", "When Lee said …, the board met"). */
  spoke?: boolean;
}

interface Decision {
  entity: Entity | null;
  cue: string | null;
  confidence: number;
  /** The rule that decided, with the evidence it rested on ("adjacentCue/fullName"); null when none found a speaker. */
  rule: string | null;
  /** The speaker was not named beside the quote: a pronoun, the previous speaker, a colon's subject. */
  inferred?: boolean;
}

export interface AttributeMeta {
  url?: string | null;
  title?: string | null;
  /** Below this confidence a quote keeps no speaker; measuring scripts lower it to see every candidate. */
  floor?: number;
}

export function attribute(blocks: readonly TextBlock[], meta: AttributeMeta = {}): Attribution {
  const steps = attributeSteps(blocks, meta);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same pass, pausing after every block and every speaker, so a page can
 * run it in slices between frames (a 50,000-word article must not hold the
 * main thread for long): drive it with `next()` until `done`.
 */
export function* attributeSteps(blocks: readonly TextBlock[], meta: AttributeMeta = {}): Generator<void, Attribution, void> {
  const floor = meta.floor ?? CONFIDENCE_FLOOR;
  const analysed: AnalysedBlock[] = [];
  const cast = new Cast();
  const typedNames = new Map<string, EntityType>();
  // The rules read each block without its invisible characters; quote offsets are mapped back at the end.
  const visible = blocks.map((block) => visibleText(block.text));
  for (let b = 0; b < blocks.length; b++) {
    analysed.push(analyse({ text: visible[b]!.text, kind: blocks[b]!.kind }, cast, b));
    yield;
  }
  const mentions: Mention[] = [];
  /** The words the article wrote just before a person's name ("corporate speaker Ann Vole"): what "the speaker" may later mean. */
  const describedAs = new Map<Entity, Set<string>>();
  const quotes: (Quote & { entity: Entity | null })[] = [];
  const reported: (ReportedStatement & { entity: Entity | null })[] = [];
  /** Who spoke last: by a quote, or by reported speech ("Bride said there will be…") that a bare quote may continue. */
  let lastSpeaker: { entity: Entity; block: number; sentence: number; openEnded: boolean; reported: boolean } | null = null;

  /** "Stated Lee:", "Lee continued:" ending a paragraph with no quote of its own: who it hands the next paragraph's quote to. */
  let colonLead: { entity: Entity; block: number } | null = null;
  /** The block of the section's heading: a pronoun does not reach back past it. */
  let sectionStart = 0;
  // A transcript quotes several lines so; one quote opening "UPDATE:" or "BREAKING:" is no speaker's line.
  const transcript = analysed.reduce((n, block) => n + block.spans.filter((span) => TRANSCRIPT_LABEL.test(block.text.slice(span.start, span.end))).length, 0) >= MIN_TRANSCRIPT_LINES;
  for (let b = 0; b < analysed.length; b++) {
    const block = analysed[b]!;
    const { tokens, text, sentences } = block;
    if (block.kind === "heading") sectionStart = b;
    const signed = signedBlockQuote(analysed, b);
    if (signed) {
      // An embedded post: the whole block is the words of whoever signed it.
      const entity = cast.fromPhrase(signed.phrase, signed.block);
      quotes.push({
        id: `q${quotes.length + 1}`,
        text,
        kind: "block",
        speakerId: entity?.id ?? null,
        cue: entity ? signed.block.text : null,
        confidence: entity ? confidenceOf("signature") : 0,
        rule: entity ? "signature" : null,
        block: b,
        start: 0,
        end: text.length,
        entity,
      });
      if (entity) mentions.push({ entity, block: b, sentence: 0, token: 0, rank: 0 });
      yield;
      continue;
    }
    for (let si = 0; si < sentences.length; si++) {
      const sentence = sentences[si]!;
      // A paragraph of thousands of sentences (hostile or broken pages) still pauses now and then.
      if (si > 0 && si % SENTENCES_PER_STEP === 0) yield;
      const found = findCues(tokens, sentence);
      // Names first, then cues in order, so "…Paul Grant revealed…, saying he recalled" finds Grant.
      recordNames(block, b, si, sentence, found);
      const cues = found.map((cue) => {
        const entity = resolve(cue.speaker, b, si);
        // "according to a person familiar with the case", "according to Quill Fair": a source of what the sentence says,
        // not its subject, whom a later "he" stands for; a person named in full may be ("according to Jo Lee, the
        // chairman. “…,” he said" is Lee's).
        const according = tokens[cue.verb]!.lower === "according";
        // "When he was asked by the prosecutor why …, Quarrie struggled": a speaker inside an opening clause is not the
        // subject ("As Lee told reporters, …" is like "according to": Lee is the source).
        const opening = !according && Math.max(cue.verb, cue.speaker.to - 1) < subjectStart(tokens, sentence) && tokens[openingWord(tokens, sentence)]?.lower !== "as";
        if (entity) mentions.push({ entity, block: b, sentence: si, token: cue.speaker.from, rank: (according && !namedInFull(entity)) || opening ? 2 : 0, spoke: true });
        return { cue, entity };
      });
      if (block.kind !== "heading") {
        for (const clause of findReported(tokens, sentence, found)) {
          const own = clause.ownCue ? { cue: clause.ownCue, entity: resolve(clause.ownCue.speaker, b, si) } : null;
          reported.push(reportedStatement(clause, clause.cue === null ? own : cues[clause.cue]!, block, b, si));
        }
      }

      // A cue of its own that names no one we can resolve: say so rather than borrow the last speaker.
      // (Only the quotes below read it: a block without quotations skips the scan.)
      const ownCueUnresolved = block.spans.length > 0 && (cues.some((c) => !c.entity && !c.cue.weak) || (cues.length === 0 && hasSpeechVerb(tokens, sentence)));
      // Cues in order of their verbs; the quotes below only look at those within CUE_REACH of them.
      const byVerb = [...cues].sort((x, y) => x.cue.verb - y.cue.verb);
      let firstNear = 0;
      for (let q = sentence.from; q < sentence.to; q++) {
        const token = tokens[q]!;
        if (token.kind !== "quote") continue;
        const span = block.spans[token.quote!]!;
        if (namesAWork(text, span, block.kind) || qualifiesNoun(text, span) || isStageDirection(text, span)) continue;
        while (firstNear < byVerb.length && byVerb[firstNear]!.cue.verb < q - CUE_REACH) firstNear++;
        let pastNear = firstNear;
        while (pastNear < byVerb.length && byVerb[pastNear]!.cue.verb <= q + CUE_REACH) pastNear++;
        const near = byVerb.slice(firstNear, pastNear);
        const kind = quoteKind(block, span, tokens, q, sentence);
        let decision = fromCues(near, q, kind, block, b, si);
        if (!decision.entity) {
          // `“…” ― Jo Lee`: a quote signed by a dash and a name.
          const signer = signerAfter(tokens, q);
          const entity = signer ? resolve(signer, b, si) : null;
          if (entity) decision = { entity, cue: cueWords(block, { from: q + 1, to: signer!.to }), confidence: confidenceOf("signature"), rule: "signature" };
        }
        if (!decision.entity && endsBlock(tokens, q) && analysed[b + 1]) {
          // A quote ending its paragraph, and the next paragraph `- Jo Lee.` signs it.
          const next = analysed[b + 1]!;
          const signer = signerAfter(next.tokens, -1);
          const entity = signer ? resolve(signer, b + 1, 0) : null;
          if (entity) decision = { entity, cue: cueWords(next, { from: 0, to: signer!.to }), confidence: confidenceOf("signature"), rule: "signature" };
        }
        if (!decision.entity && transcript) {
          // “QUARRIE: Let's start …”: a transcript's line, its speaker's name in capitals before the colon.
          const speaker = transcriptSpeaker(text.slice(span.start, span.end));
          const entity = speaker ? cast.fromPhrase(speaker.phrase, speaker.label) : null;
          if (entity) decision = { entity, cue: speaker!.label.text, confidence: confidenceOf("transcriptLabel"), rule: "transcriptLabel" };
        }
        const opens = startsSentence(tokens, q, sentence);
        const connected = !opens && opensAfterConnector(tokens, q, sentence);
        const unread = decision.entity ? null : unreadCueAfter(tokens, q, sentence);
        // Only for a quote that opens its sentence: "The film, “…,” featured Tom Quarrie" names a work.
        const unreadSpeaker = opens ? unread?.speaker : null;
        if (unreadSpeaker && (unreadSpeaker.kind === "person" || unreadSpeaker.kind === "organization")) {
          const entity = resolve(unreadSpeaker, b, si);
          if (entity) decision = { entity, cue: cueWords(block, { from: q + 1, to: unreadSpeaker.to }), confidence: confidenceOf("unreadCue"), rule: "unreadCue" };
        }
        if (!decision.entity && lastSpeaker && !ownCueUnresolved && (opens || (connected && lastSpeaker.block === b)) && !unread?.someoneNamed) {
          if (lastSpeaker.block === b && lastSpeaker.sentence < si) {
            const rule = lastSpeaker.reported ? "afterReportedSpeech" : "sameParagraph";
            decision = { entity: lastSpeaker.entity, cue: null, confidence: confidenceOf(rule), rule, inferred: true };
          } else if (block.kind === "heading") {
            // "‘An infinite arsenal’" as a subhead: it announces the section below, it does not go on with the paragraph above.
          } else if (previousTextBlock(analysed, b) === lastSpeaker.block && q === 0 && !lastSpeaker.reported) {
            const rule = lastSpeaker.openEnded ? "continuedQuote" : "previousParagraph";
            decision = { entity: lastSpeaker.entity, cue: null, confidence: confidenceOf(rule), rule, inferred: true };
          } else if (q === 0 && !lastSpeaker.reported && aboutOnlySpeaker(b, lastSpeaker)) {
            // "“We can win,” Lee said. ¶ Lee sounds sure of the count. ¶ “Nobody else can …”": a paragraph about the speaker alone between.
            decision = { entity: lastSpeaker.entity, cue: null, confidence: confidenceOf("previousParagraph/subject"), rule: "previousParagraph/subject", inferred: true };
          }
        }
        if (!decision.entity && !ownCueUnresolved && q === 0 && opens && block.kind !== "heading") {
          // "But hasn't she had to turn down offers? ¶ “I mean. Yes, no. …”": an interviewer's question, then the answer.
          const asked = askedInQuestionBefore(b);
          if (asked) decision = { entity: asked, cue: null, confidence: confidenceOf("previousParagraph/question"), rule: "previousParagraph/question", inferred: true };
        }
        if (!decision.entity && colonLead && q === 0 && previousTextBlock(analysed, b) === colonLead.block) {
          // "Reporter Jo Lee says:" ending the paragraph before: the quote that opens this one is what Lee says.
          decision = { entity: colonLead.entity, cue: null, confidence: confidenceOf("colonIntroduction/nextParagraph"), rule: "colonIntroduction/nextParagraph", inferred: true };
        }
        if (!decision.entity && block.kind === "heading") {
          // "Vole: Plan Is ‘Dead on Arrival’": a headline's name before its colon says the quote.
          // Only a full name or one the article names in full ("Breaking:", "The Latest:" are no one).
          const found = headlineLabel(tokens);
          const label = found && (found.nameTo - found.nameFrom >= 2 || cast.isKnownSurname(withoutPossessive(tokens[found.nameTo - 1]!.lower))) ? found : null;
          const entity = label ? resolve(label, b, si) : null;
          if (entity) decision = { entity, cue: cueWords(block, { from: label!.from, to: label!.to + 1 }), confidence: confidenceOf("headlineLabel"), rule: "headlineLabel" };
        }
        const dashed = kind !== "partial" && dashEndingAt(tokens, q - 1) >= 0;
        if (!decision.entity && dashed) {
          // "Lee also embraced tolls — “I think tolls are …”": a dash hands the sentence's subject a whole quote, as a colon does.
          const subject = introducingSubject(block, sentence, q, b, si);
          if (subject) decision = { entity: subject, cue: null, confidence: confidenceOf("colonIntroduction/dash"), rule: "colonIntroduction/dash", inferred: true };
        }
        if (!decision.entity && tokens[q - 1]?.text === ":") {
          // "Buck … had a similar experience: “It was …”": the sentence's subject introduces the quote.
          const subject = introducingSubject(block, sentence, q, b, si);
          if (subject) decision = { entity: subject, cue: null, confidence: confidenceOf("colonIntroduction"), rule: "colonIntroduction", inferred: true };
          else {
            // "… doesn't surprise pollster Jo Lee: “…”", "POLLS DID WELL - Quill Research: “…”": the name the colon follows.
            const named = nameBeforeColon(block, q - 1, b, si, sentence);
            if (named) decision = { entity: named, cue: null, confidence: confidenceOf("colonIntroduction/nameBeforeColon"), rule: "colonIntroduction/nameBeforeColon" };
          }
        }
        // "“It was easy for Mary Holt to coast,” she said": nobody speaks of themselves by name, so a
        // speaker only inferred (a pronoun, the previous quote's) who is named inside the quote is someone else.
        if (decision.entity && decision.inferred && namesInside(decision.entity, tokens[q]!.text)) decision = { entity: null, cue: null, confidence: 0, rule: null };
        // `“No,” he said`: a cue right beside the quote claims it as words, even when its speaker stays unknown.
        const introducer = introducingVerb(openCues(near, q, tokens), q);
        const claimed = near.some((c) => !c.cue.weak && cueDistance(c.cue, q, tokens, c.cue.verb === introducer) <= ADJACENT_TOKENS);
        if (!decision.entity && !claimed && isUnclaimedFragment(text, span, block.kind, cues.length > 0)) continue;
        // "According to Lee, Ruiz was vanishing. She “became intermittent”": right after someone else's words the sentence goes on in them.
        const othersWordsBefore = lastSpeaker !== null && lastSpeaker.block === b && lastSpeaker.sentence === si - 1;
        // A word of saying that made no cue: the subject's own verb ("Lee went on to announce “…”") is measured apart; a
        // passive one speaks of words said to the subject ("Lee was urged to “…”"), someone's of theirs ("seized on
        // Lee's claim that “…”"), a noun of others' words ("rejected claims by the party that “…”"): no speaker then.
        const voice = ownCueUnresolved && cues.length === 0 ? speechVerbVoice(tokens, sentence) : "none";
        const subjectMaySpeak = !ownCueUnresolved || (voice === "active" && !ownedSpeechNoun(tokens, sentence, q));
        if (!decision.entity && kind === "partial" && block.kind !== "heading" && cues.length === 0 && subjectMaySpeak) {
          // "Lee credited the win to “a closed primary”": a sentence with no cue at all gives its
          // partial quote (one that is no mere fragment: "the word “pivot”") to its subject.
          const found = clauseSubject(block, sentence, q, b, si);
          const subject = found && (!othersWordsBefore || lastSpeaker!.entity === found.entity) ? found : null;
          // Nobody speaks of themselves by name: a subject named inside the quote is spoken of.
          if (subject && !namesInside(subject.entity, tokens[q]!.text)) {
            const key = voice === "active" ? "weakCue/clauseSubjectUnread" : subject.pronoun ? "weakCue/clauseSubjectPronoun" : "weakCue/clauseSubject";
            decision = { entity: subject.entity, cue: null, confidence: confidenceOf(key), rule: key, inferred: subject.pronoun };
          }
        }
        const entity = decision.confidence >= floor ? decision.entity : null;
        quotes.push({
          id: `q${quotes.length + 1}`,
          text: text.slice(span.start, span.end),
          kind,
          speakerId: entity?.id ?? null,
          cue: entity ? decision.cue : null,
          confidence: round(decision.entity ? decision.confidence : 0),
          rule: decision.entity ? decision.rule : null,
          block: b,
          start: span.start,
          end: span.end,
          entity,
        });
        if (entity) lastSpeaker = { entity, block: b, sentence: si, openEnded: span.close === -1, reported: false };
        // `"A," she said (a "she" we could not resolve). "B."`: B goes on in that unknown voice, not the one before it.
        else if (claimed) lastSpeaker = null;
        if (entity) mentions.push({ entity, block: b, sentence: si, token: q, rank: 0 });
      }
      if (si === sentences.length - 1 && block.kind !== "heading") colonLead = leadOfColon(block, sentence, b, si, cues);
      // A sentence of reported speech with no quote of its own: a bare quote right after continues it.
      const reporting = [...cues].reverse().find((c) => c.entity && !c.cue.weak);
      if (reporting?.entity && !tokens.slice(sentence.from, sentence.to).some((t) => t.kind === "quote")) {
        lastSpeaker = { entity: reporting.entity, block: b, sentence: si, openEnded: false, reported: true };
      }
    }
    yield;
  }

  // A headline quoting the body (“We had some issues,” exec says), or a summary or a later paragraph quoting it
  // again: whoever the article gives those words to said them.
  const repeatedConfidence = confidenceOf("repeatedQuote");
  // The attributed quotes' words, read only once a quote needs them, and before any quote is reassigned.
  // A headline's label says who made the news, not always whose words it quotes: it lends no words to others.
  let sayings: { quote: (typeof quotes)[number]; words: string }[] | null = null;
  for (const quote of repeatedConfidence >= floor ? quotes : []) {
    // "“…,” says QWN meteorologist" in a summary, the same words from "QWN meteorologist Tom Quarrie" below:
    // an unnamed speaker is the person quoted with those words whom the article describes by every word of it.
    const unnamed = quote.entity?.kind === "anonymous" ? quote.entity : null;
    if (quote.entity && !unnamed) continue;
    sayings ??= quotes.filter((q) => q.entity && q.rule !== "headlineLabel").map((q) => ({ quote: q, words: wordsOf(q.text) }));
    if (sayings.length === 0) break;
    const source = quoteRepeating(quote, sayings);
    if (unnamed && !(source?.entity && describedBy(source.entity, unnamed.name))) continue;
    if (source) Object.assign(quote, { entity: source.entity, speakerId: source.speakerId, cue: null, confidence: round(repeatedConfidence), rule: "repeatedQuote" });
  }

  const speakers: Speaker[] = [];
  let organizations: KnownOrganizations | null = null;
  for (const entity of new Set([...quotes, ...reported].flatMap((q) => (q.entity ? [q.entity] : [])))) {
    organizations ??= readOrganizations(analysed);
    speakers.push(speakerOf(entity, analysed, cast, organizations));
    yield;
  }
  // Back to the page's own text: all that stands between the marks, invisible characters included.
  const inPageText = <T extends Quote | ReportedStatement>(quote: T): T => {
    const [start, end] = visible[quote.block]!.originalSpan(quote.start, quote.end);
    return { ...quote, text: blocks[quote.block]!.text.slice(start, end), start, end };
  };
  return {
    url: meta.url ?? null,
    title: meta.title ?? null,
    quotes: quotes.map(({ entity: _entity, ...quote }) => inPageText(quote)),
    speakers,
    reported: reported.map(({ entity: _entity, ...statement }) => inPageText(statement)),
  };

  /** A reported clause with its cue's speaker, kept when the rule that names them is sure enough. */
  function reportedStatement(clause: ReportedClause, c: { cue: Cue; entity: Entity | null } | null, block: AnalysedBlock, b: number, si: number): ReportedStatement & { entity: Entity | null } {
    const { tokens, text } = block;
    let key: string | null = null;
    if (c?.entity) {
      const speaker = c.cue.speaker;
      const resolved = speaker.kind === "pronoun" ? resolvePronoun(tokens[speaker.from]!.lower, b, si, speaker.from) : null;
      const ambiguous = speaker.kind === "pronoun" && (resolved?.confidence ?? 0) < PRONOUN_CLEAR;
      key = ambiguous ? "ambiguousPronounCue" : ruleKey(clause.distant ? "reportedDistantCue" : "reportedCue", speakerEvidence(speaker, c.entity, tokens, resolved));
    }
    const confidence = key ? confidenceOf(key) : 0;
    const entity = c && confidence >= floor ? c.entity : null;
    const start = tokens[clause.from]!.start;
    const end = tokens[clause.to - 1]!.end;
    return {
      id: `r${reported.length + 1}`,
      text: text.slice(start, end),
      kind: clause.kind,
      speakerId: entity?.id ?? null,
      cue: entity && c ? cueWords(block, c.cue) : null,
      confidence: round(confidence),
      rule: entity ? key : null,
      block: b,
      start,
      end,
      entity,
    };
  }

  function resolve(phrase: Phrase, b: number, si: number): Entity | null {
    const block = analysed[b]!;
    if (phrase.kind === "document") {
      const noun = block.tokens[phrase.nameFrom]!;
      const source = documentSource(block.tokens, phrase.nameFrom, block.sentences[si]!.to);
      if (source) return resolve(source, b, si);
      // "the report concludes" with no one named who issued it: the report's own words.
      return issuerOf(noun.bare, b) ?? (block.tokens[phrase.from]!.lower === "the" && SELF_SPEAKING_DOCUMENTS.has(noun.bare) ? cast.ensure("anonymous", noun.bare) : null);
    }
    if (phrase.kind !== "pronoun") {
      // "Earlier, …", "wrote on Zorgbook", "said of Quillton's position": no one who speaks.
      if ((phrase.kind === "person" || phrase.kind === "organization") && !speaksByName(block, phrase)) return null;
      // "the doctors said" after "Doctors for Quill Reform": the organisation so named.
      // Not a single person's title ("the president-elect said" after "President-elect Jo Lee's transition team").
      const noun = block.tokens[phrase.from + 1];
      const personsTitle = noun !== undefined && isRoleNoun(noun.bare) && !noun.bare.endsWith("s");
      const namedBy = isBareNoun(block.tokens, phrase) && !personsTitle ? cast.organizationNamedBy(noun!.lower) : null;
      if (namedBy) return namedBy;
      const stand = standIn(block.tokens, phrase);
      // The organisation the article last named as a subject (not a listener, not in passing).
      // A news outlet that reported something is the article's source, not the company the story is about.
      const named = stand ? newest(b - DESCRIPTION_REACH_BLOCKS, (m) => m.rank <= 1 && m.entity.kind === "organization" && startsUpper(m.entity.name) && !isOutletName(m.entity.name)) : null;
      // "the company said": that organisation speaks.
      if (stand === "organization" && named && !GOVERNMENT_NOUNS.has(noun!.lower)) return named.entity;
      // "The 56-year-old said", "the singer told the audience": the named person the article is about.
      // A description is nobody's name: unresolved, it leaves the quote without a speaker.
      // "a person close to the Vole family" is unnamed by design, never someone the article names ("the lawyer
      // involved in the case" may be someone named before).
      const tied = isTiedSource(block.tokens, phrase) && block.tokens[phrase.from]!.lower !== "the";
      // "one former adviser said … “…,” the former adviser said": the same unnamed person, not someone named. Only a
      // description of several words: "the mayor said" is the named mayor before "a deputy mayor".
      const unnamed = phrase.to - phrase.from >= 3 ? cast.describedEarlier(block.tokens, phrase) : null;
      if (unnamed) return unnamed;
      const backReference = !tied && describesNamedPerson(block.tokens, phrase);
      const described = tied ? null : (personIntroducedAs(block.tokens, phrase) ?? personDescribedAs(block.tokens, phrase, b) ?? (backReference ? mostMentionedPerson(b, genderOfNoun(block.tokens[phrase.to - 1]!.bare)) : null));
      if (described) {
        // "the Republican presidential candidate told …": what the article calls them may be all it says of their role.
        if (!described.descriptionHint) described.descriptionHint = block.text.slice(block.tokens[phrase.from + 1]!.start, block.tokens[phrase.to - 1]!.end);
        return described;
      }
      if (backReference) return null;
      const entity = cast.fromPhrase(phrase, block);
      // "the spokesperson said": someone speaking for it.
      if (entity && stand === "member" && named && !entity.affiliationHint && named.entity !== entity) entity.affiliationHint = named.entity.name;
      if (entity?.kind === "person" && phrase.kind === "person") {
        noteGender(entity, block.tokens, phrase.nameFrom, phrase.nameTo);
        noteDescription(entity, block.tokens, phrase.from, phrase.nameFrom);
      }
      if (entity?.kind === "person" && !entity.descriptionHint) {
        const described = newest(b - 1, (m) => m.rank === 0 && m.entity.kind === "anonymous" && startsUpper(m.entity.name));
        if (described) entity.descriptionHint = described.entity.name;
      }
      return entity;
    }
    return resolvePronoun(block.tokens[phrase.from]!.lower, b, si, phrase.from)?.entity ?? null;
  }

  /**
   * The person asked in a paragraph that is only a short question and quotes nothing, before block `b`: whom its
   * "she" or "he" stands for ("How social was she?"), or, with no pronoun ("For financial reasons?"), the speaker
   * quoted in the paragraph just before it.
   */
  function askedInQuestionBefore(b: number): Entity | null {
    const qb = previousTextBlock(analysed, b);
    const question = analysed[qb];
    if (!question || question.kind !== "paragraph" || question.spans.length > 0) return null;
    const { tokens } = question;
    if (tokens.length === 0 || tokens.length > QUESTION_TOKENS || tokens[tokens.length - 1]!.text !== "?") return null;
    const k = tokens.findIndex((t) => t.kind === "word" && PERSON_PRONOUNS.has(subjectPronounOf(t.lower)));
    if (k >= 0) {
      const si = question.sentences.findIndex((s) => s.from <= k && k < s.to);
      const read = resolvePronoun(tokens[k]!.lower, qb, si, k);
      return read && read.confidence >= PRONOUN_CLEAR && read.entity.kind === "person" ? read.entity : null;
    }
    return lastSpeaker && !lastSpeaker.reported && lastSpeaker.entity.kind === "person" && lastSpeaker.block === previousTextBlock(analysed, qb) ? lastSpeaker.entity : null;
  }

  /**
   * Whether the paragraph before block `b` quotes nothing and is about the last speaker alone (the only person
   * its sentences have as subject), the speaker's quote being in the paragraph before that.
   */
  function aboutOnlySpeaker(b: number, last: { entity: Entity; block: number }): boolean {
    const between = previousTextBlock(analysed, b);
    if (between < 0 || analysed[between]!.spans.length > 0 || analysed[between]!.kind === "heading" || previousTextBlock(analysed, between) !== last.block) return false;
    if (last.entity.kind !== "person") return false;
    // "Lee was interrupted by hecklers.", "Lee handed the microphone to her running mate.": someone else who may speak.
    if (analysed[between]!.tokens.some((t) => t.kind === "word" && !t.capitalized && (t.lower === "by" || isPersonNoun(t.bare) || isPersonNoun(t.bare.replace(/s$/u, ""))))) return false;
    let named = false;
    for (let i = mentions.length - 1; i >= 0 && mentions[i]!.block >= between; i--) {
      const m = mentions[i]!;
      if (m.block !== between || m.rank > 1) continue;
      if (m.entity === last.entity) named = true;
      else if (m.entity.kind === "person") return false;
    }
    return named;
  }

  /**
   * Whether a name may be a speaker: not a place, a platform or no name at all
   * ("Earlier, …", "wrote on Zorgbook"), unless the article names a person so
   * ("Denver said" after "Ana Denver" is no city).
   */
  function speaksByName(block: AnalysedBlock, phrase: Phrase): boolean {
    const first = block.tokens[phrase.nameFrom]!;
    // "the company", "officials": a description, not a name to type.
    if (!first.capitalized) return true;
    if (phrase.nameTo - phrase.nameFrom === 1) {
      const word = withoutPossessive(first.lower);
      // "American said" after "American Airlines": the company by its short name, though the word is a nationality.
      if (cast.isKnownSurname(word) || cast.isKnownFirstName(word) || cast.isKnownCompany(word)) return true;
    } else if (givenNameGender(first.text) !== null && !isCommonWordName(first.text)) {
      // "Ana Ruiz": a given name and more is someone, wherever it stands (the typing stage would say so too).
      return true;
    }
    return canSpeak(typeOf(block, phrase.nameFrom, phrase.nameTo));
  }

  /**
   * What a name stands for (entity-type.ts), read from the words around it.
   * A name typed by what it is (a given name, an organisation's head, a
   * known place) is that wherever it stands, so the article types it once.
   */
  function typeOf(block: BlockTokens, from: number, to: number): EntityType {
    // One word (most names): its text, without a slice, a map and a join.
    const name = to - from === 1 ? block.tokens[from]!.text : block.tokens.slice(from, to).map((t) => t.text).join(" ");
    const known = typedNames.get(name);
    if (known) return known;
    const typing = typeAt(block.tokens, from, to);
    if (TYPED_BY_NAME.has(typing.rule)) typedNames.set(name, typing.type);
    return typing.type;
  }

  /**
   * The name right before the colon that opens a quote: a person's full name,
   * or any name set off by a dash as a label ("- Quill Research: “…”").
   */
  function nameBeforeColon(block: AnalysedBlock, colon: number, b: number, si: number, sentence: Sentence): Entity | null {
    const phrase = phraseBefore(block.tokens, colon, sentence.from);
    if (!phrase || (phrase.kind !== "person" && phrase.kind !== "organization") || phrase.to !== colon) return null;
    const labelled = /^[-–—]$/u.test(block.tokens[phrase.from - 1]?.text ?? "");
    if (!labelled && (phrase.kind !== "person" || phrase.nameTo - phrase.nameFrom < 2)) return null;
    return resolve(phrase, b, si);
  }

  /**
   * The speaker a paragraph's last sentence introduces when it ends in a colon
   * and quotes nothing itself: its cue's ("Stated Lee:", "Lee continued:"),
   * else its subject's ("Lee called them on it:").
   */
  function leadOfColon(block: AnalysedBlock, sentence: Sentence, b: number, si: number, cues: readonly { cue: Cue; entity: Entity | null }[]): { entity: Entity; block: number } | null {
    const { tokens } = block;
    // "Lee said the following." hands over as a colon does (not "Lee was asked the following.", "objected to the following.").
    const following = tokens[sentence.to - 1]?.text === "." && tokens[sentence.to - 2]?.lower === "following" && tokens[sentence.to - 3]?.lower === "the";
    const saidIt = SPEECH_VERBS.has(tokens[sentence.to - 4]?.lower ?? "") && !PASSIVE_AUXILIARIES.has(tokens[sentence.to - 5]?.lower ?? "");
    const handsOver = tokens[sentence.to - 1]?.text === ":" || (following && saidIt);
    if (!handsOver || tokens.slice(sentence.from, sentence.to).some((t) => t.kind === "quote")) return null;
    const cue = [...cues].reverse().find((c) => c.entity);
    const entity = cue ? cue.entity : introducingSubject(block, sentence, sentence.to - 1, b, si);
    return entity ? { entity, block: b } : null;
  }

  /**
   * The person who opens the sentence as its subject, by name or by a pronoun
   * clearly resolved ("Lee credited …", "She applauded him for …"), when the
   * quote comes after it.
   */
  function clauseSubject(block: AnalysedBlock, sentence: Sentence, q: number, b: number, si: number): { entity: Entity; pronoun: boolean } | null {
    const opening = subjectStart(block.tokens, sentence);
    for (let i = mentions.length - 1; i >= Math.max(0, mentions.length - MENTION_SCAN_LIMIT); i--) {
      const m = mentions[i]!;
      if (m.block !== b || m.sentence !== si) break;
      if (m.rank === 1 && (m.token === opening || titledFrom(block.tokens, opening, m.token)) && m.token < q && m.entity.kind === "person") {
        return { entity: m.entity, pronoun: PERSON_PRONOUNS.has(block.tokens[m.token]!.lower) };
      }
    }
    return null;
  }

  /** The person or group the sentence is about, when a colon hands it a quote: its subject mention. */
  function introducingSubject(block: AnalysedBlock, sentence: Sentence, q: number, b: number, si: number): Entity | null {
    for (let i = mentions.length - 1; i >= Math.max(0, mentions.length - MENTION_SCAN_LIMIT); i--) {
      const m = mentions[i]!;
      if (m.block !== b || m.sentence !== si) break;
      if (m.rank <= 1 && m.token < q && m.entity.kind !== "organization") return m.entity;
    }
    const pronoun = leadingPronoun(block.tokens, sentence);
    return pronoun !== null ? (resolvePronoun(block.tokens[pronoun]!.lower, b, si, pronoun)?.entity ?? null) : null;
  }

  /**
   * "the statement read": whoever the article last had speak "in a statement"
   * (or "issued a statement", "a statement from"), within reach.
   */
  function issuerOf(noun: string, b: number): Entity | null {
    for (let i = mentions.length - 1; i >= Math.max(0, mentions.length - MENTION_SCAN_LIMIT); i--) {
      const m = mentions[i]!;
      if (m.block < b - ISSUER_REACH_BLOCKS) break;
      // Only a named issuer: "the production company" would be a guess about which one.
      if (m.rank > 1 || m.entity.kind === "anonymous") continue;
      const block = analysed[m.block]!;
      const s = block.sentences[m.sentence]!;
      // A speaker "in a statement" (a cue's), or the subject that "issued a statement".
      const spokeIn = m.rank === 0 && block.tokens.slice(s.from, s.to).some((t) => t.bare === noun);
      const issued = m.rank === 1 && issuesDocument(block.tokens, s, noun);
      if (spokeIn || issued) return m.entity;
    }
    return null;
  }

  /** Keeps the words just before the name, back to a stop, a determiner, a verb or another person's name: "Ruritanian and corporate speaker". */
  function noteDescription(entity: Entity, tokens: readonly Token[], from: number, nameFrom: number): void {
    const isName = (t: Token): boolean => t.capitalized && (cast.isKnownSurname(withoutPossessive(t.lower)) || cast.isKnownFirstName(t.lower));
    let k = nameFrom - 1;
    // "an adviser to Tom Quarrie", "a critic of Vole": the words describe someone else, whose object the name is.
    if (OBJECT_PREPOSITIONS.has(tokens[k]?.lower ?? "") || tokens[k]?.lower === "to") return;
    // Not back over "and" before another capitalised title: "Prime Minister Tom Hart and Foreign Minister Jo Lee".
    const joinsTitles = (j: number): boolean => tokens[j]!.lower === "and" && tokens[j + 1]?.capitalized === true;
    while (k >= from && tokens[k]!.kind === "word" && !DETERMINERS.has(tokens[k]!.lower) && !looksLikeVerb(tokens[k]) && !isName(tokens[k]!) && !joinsTitles(k)) k--;
    if (k + 1 >= nameFrom) return;
    const words = describedAs.get(entity) ?? new Set<string>();
    for (let j = k + 1; j < nameFrom; j++) words.add(tokens[j]!.bare);
    describedAs.set(entity, words);
  }

  /**
   * "the conference speaker said" after "corporate speaker Ann Vole": the one person in reach whom the
   * article described by that noun. Two such people leave it open.
   */
  function personDescribedAs(tokens: readonly Token[], phrase: Phrase, b: number): Entity | null {
    if (phrase.kind !== "anonymous" || tokens[phrase.from]?.lower !== "the" || phrase.to - phrase.from < 2) return null;
    const written = tokens[phrase.to - 1]!;
    if (!isTitleWord(written)) return null;
    // "the future president", "the incoming mayor": the one the article introduced as "President-elect …".
    const chosen = tokens.slice(phrase.from + 1, phrase.to - 1).some((t) => CHOSEN_WORDS.has(t.lower));
    const head = { bare: chosen ? `${written.bare}-elect` : written.bare };
    // "the Turkish prime minister" is not "Syrian Foreign Minister Jo Lee": a nationality or name, and the word
    // that makes the title a compound ("prime", "foreign"), must be words the person was described by too.
    const binding = tokens.slice(phrase.from + 1, phrase.to - 1).filter((t, k, all) => t.capitalized || (k === all.length - 1 && TITLE_COMPOUNDS.has(t.bare)));
    let found: Entity | null = null;
    for (let i = mentions.length - 1; i >= Math.max(0, mentions.length - MENTION_SCAN_LIMIT); i--) {
      const m = mentions[i]!;
      if (m.block < b - DESCRIPTION_REACH_BLOCKS) break;
      const words = m.entity.kind === "person" ? describedAs.get(m.entity) : undefined;
      if (!words?.has(head.bare) || !binding.every((t) => words.has(t.bare))) continue;
      if (found && found !== m.entity) return null;
      found = m.entity;
    }
    return found;
  }

  /** Whether the article described the person, before their name, by every word of `description` (two words at least). */
  function describedBy(person: Entity, description: string): boolean {
    const words = description.toLowerCase().split(/\s+/u).map(withoutPossessive).filter((w) => !DETERMINERS.has(w));
    const described = describedAs.get(person);
    return person.kind === "person" && words.length >= 2 && !!described && words.every((w) => described.has(w));
  }

  /**
   * "Ruritania's ambassador said" after "Ruritania's ambassador, Jo Lee, met …": the one person the article
   * introduced with those very words before their name. Two words at least ("the ambassador" alone may be anyone's).
   */
  function personIntroducedAs(tokens: readonly Token[], phrase: Phrase): Entity | null {
    if (phrase.kind !== "anonymous") return null;
    const from = DETERMINERS.has(tokens[phrase.from]!.lower) ? phrase.from + 1 : phrase.from;
    const words = tokens.slice(from, phrase.to).map((t) => t.lower);
    if (words.length < 2) return null;
    let found: Entity | null = null;
    for (const m of mentions) {
      if (m.entity.kind !== "person" || m.entity === found) continue;
      const before = analysed[m.block]!.tokens;
      const comma = m.token - 1;
      if (before[comma]?.text !== "," || comma - words.length < 0) continue;
      if (!words.every((w, k) => before[comma - words.length + k]!.lower === w)) continue;
      if (found) return null;
      found = m.entity;
    }
    return found;
  }

  /** The person named most often in reach (the article's subject), for "the 56-year-old said". */
  function mostMentionedPerson(b: number, gender: "male" | "female" | null = null): Entity | null {
    const counts = new Map<Entity, number>();
    for (let i = mentions.length - 1; i >= Math.max(0, mentions.length - MENTION_SCAN_LIMIT); i--) {
      const m = mentions[i]!;
      if (m.block < b - DESCRIPTION_REACH_BLOCKS) break;
      // "the actress said": not the man the article is mostly about.
      if (gender && m.entity.gender && m.entity.gender !== gender) continue;
      // A full name, or one word after a title ("Lady Quill", "President Vole"): not a stray capitalised word.
      if (m.entity.kind === "person" && m.entity.surname && (m.entity.name.includes(" ") || m.entity.titled)) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    }
    const ranked = [...counts].sort((x, y) => y[1] - x[1]);
    // Only a clear favourite: a tie is a guess.
    return ranked[0] && (!ranked[1] || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
  }

  /** The sentence's earlier rank-1 mention was not its subject after all. */
  function demoteSubject(b: number, si: number): void {
    for (let i = mentions.length - 1; i >= Math.max(0, mentions.length - MENTION_SCAN_LIMIT); i--) {
      const m = mentions[i]!;
      if (m.block !== b || m.sentence !== si) break;
      if (m.rank === 1) m.rank = 2;
    }
  }

  /** The newest mention from block `since` on that passes `test`; mentions are in article order, so the walk stops early. */
  function newest(since: number, test: (m: Mention) => boolean): Mention | null {
    for (let i = mentions.length - 1; i >= Math.max(0, mentions.length - MENTION_SCAN_LIMIT); i--) {
      const m = mentions[i]!;
      if (m.block < since) return null;
      if (test(m)) return m;
    }
    return null;
  }

  function resolvePronoun(written: string, b: number, si: number, token: number): PronounReading | null {
    const pronoun = subjectPronounOf(written);
    const gender = pronoun === "he" ? "male" : pronoun === "she" ? "female" : null;
    const block = analysed[b]!;
    const later = capitalizedWordsAfter(block.tokens, token, block.sentences[si]!.to);
    const fits = (e: Entity): boolean =>
      (PERSON_PRONOUNS.has(pronoun)
        ? e.kind !== "organization" && (!gender || (e.gender ?? describedGender(e) ?? gender) === gender) && !(gender && isPluralDescription(e))
        : THING_PRONOUNS.has(pronoun)
          ? e.kind === "organization"
          : GROUP_PRONOUNS.has(pronoun)) && !namedAfter(e, later);
    // A caption's names are not in the text's chain (unless the pronoun is in the caption); a heading starts a new chain.
    const before = (m: Mention): boolean =>
      (m.block < b || m.sentence < si || (m.sentence === si && m.token < token)) && (m.block === b || analysed[m.block]!.kind !== "caption");
    const since = Math.max(b - PRONOUN_REACH_BLOCKS, sectionStart);
    // The nearest sentence with a fitting mention decides; inside it, the likeliest subject.
    // A person only by capitalisation may be "he" or "she" where it spoke ("Zorg said … he said"), not where merely named.
    const candidate = (m: Mention): boolean => fits(m.entity) && before(m) && (!PERSON_PRONOUNS.has(pronoun) || m.rank === 0 || m.entity.kind === "anonymous" || isShownPerson(m.entity));
    const last = newest(since, candidate);
    if (!last) return null;
    const inSentence: Mention[] = [];
    for (let i = mentions.length - 1; i >= Math.max(0, mentions.length - MENTION_SCAN_LIMIT); i--) {
      const m = mentions[i]!;
      if (m.block < last.block || (m.block === last.block && m.sentence < last.sentence)) break;
      if (m.block === last.block && m.sentence === last.sentence && candidate(m)) inSentence.unshift(m);
    }
    const best = Math.min(...inSentence.map((m) => m.rank));
    const top = inSentence.filter((m) => m.rank === best);
    const distinct = new Set(top.map((m) => m.entity));
    const entity = top[0]!.entity;
    // "Lee (a she) … Kim Park's death … she said": the nearest name is of unknown gender while a subject the
    // article has shown to be a "she" is in reach; a reader would hesitate, so do we.
    const rival = gender && !entity.gender && entity.kind === "person" && best >= 2
      ? newest(since, (m) => m.entity !== entity && m.entity.gender === gender && m.rank <= 1 && before(m))
      : null;
    // Read two paragraphs or more back (captions between do not count), the nearest fitting name is less often the one meant.
    let far = false;
    for (let k = last.block + 1; k < b && !far; k++) far = analysed[k]!.kind !== "caption";
    if (rival) {
      return { entity, confidence: PRONOUN_AMBIGUOUS, far };
    }
    // "Kim Park told reporters … negotiating with providers such as Quill Media. “…,” he said": a reader hesitates
    // between a name met only in passing in the nearest sentence and the subject of a sentence just before it; not
    // when the name spoke where it stands ("After Lee said he would resign, the board met") or stands in an opening
    // clause of the pronoun's own sentence ("When Tom Lee arrived, he said"), which may well be its subject.
    if (best >= 2 && !top.some((m) => m.spoke)) {
      const start = last.block === b && last.sentence === si ? subjectStart(block.tokens, block.sentences[si]!) : -1;
      const subject = top.every((m) => m.token < start) ? null : newest(since, (m) => m.rank <= 1 && m.entity !== entity && candidate(m));
      if (subject && (subject.block === b || subject.block === last.block)) return { entity, confidence: PRONOUN_AMBIGUOUS, far };
    }
    // An unambiguous "she said" tells us who "she" is from here on.
    if (distinct.size === 1 && gender && entity.kind === "person" && !entity.gender) {
      entity.gender = gender;
      entity.genderInferred = true;
    }
    return { entity, confidence: distinct.size > 1 ? PRONOUN_AMBIGUOUS : PRONOUN_CLEAR, far };
  }

  function fromCues(cues: { cue: Cue; entity: Entity | null }[], q: number, kind: QuoteKind, block: AnalysedBlock, b: number, si: number): Decision {
    let best: { cue: Cue; entity: Entity | null; distance: number } | null = null;
    const open = openCues(cues, q, block.tokens);
    const introducer = introducingVerb(open, q);
    for (const c of open) {
      if (c.cue.from > q && opensNextClause(block.tokens, c.cue)) continue;
      // "Quarrie did not respond to a request for comment": what was not said is no one's quote (its subject is still
      // who the sentence is about).
      if (isDenied(block.tokens, c.cue.verb)) continue;
      const distance = cueDistance(c.cue, q, block.tokens, c.cue.verb === introducer);
      // `“A disgrace,” Lee called it`, `“…,” was how Lee described it`: a weak cue right after a whole quote still claims it.
      // `He continued, “…”`, `Lee reported: “…”`: one that introduces the quote claims it too.
      if (c.cue.weak && kind !== "partial" && !(c.cue.from > q && distance <= ADJACENT_TOKENS) && !(c.cue.verb < q && distance === 0)) continue;
      // `“Paying less is good sense,” when Vole mocked him`: a weak verb in a clause the quote's sentence subordinates claims nothing.
      if (c.cue.weak && c.cue.from > q && block.tokens.slice(q + 1, c.cue.from).some((t) => SUBORDINATORS.has(t.lower))) continue;
      // On a tie the cue after the quote wins: `"A," she said, "B."`.
      if (!best || distance < best.distance || (distance === best.distance && c.cue.from > q)) best = { ...c, distance };
    }
    if (!best || !best.entity) return { entity: null, cue: null, confidence: 0, rule: null };
    const cueText = cueWords(block, best.cue);
    const adjacent = best.distance <= ADJACENT_TOKENS;
    let rule: RuleName = best.cue.weak ? "weakCue" : adjacent ? "adjacentCue" : "nearCue";
    const speaker = best.cue.speaker;
    const resolved = speaker.kind === "pronoun" ? resolvePronoun(block.tokens[speaker.from]!.lower, b, si, speaker.from) : null;
    if (speaker.kind === "pronoun" && (!resolved || resolved.confidence < PRONOUN_CLEAR)) rule = "ambiguousPronounCue";
    const key = ruleKey(rule, rule === "ambiguousPronounCue" ? null : speakerEvidence(speaker, best.entity, block.tokens, resolved));
    return { entity: best.entity, cue: cueText, confidence: confidenceOf(key), rule: key, inferred: speaker.kind === "pronoun" };
  }

  /**
   * Names outside cues, so that a later "he said" can find them. The subject
   * ranks first: not a name inside an opening "In his Quill post, …", not a
   * possessive owner ("Holt's son, Dunn"), not a listener.
   */
  function recordNames(block: AnalysedBlock, b: number, si: number, sentence: Sentence, cues: readonly Cue[]): void {
    const { tokens } = block;
    let subjectFound = false;
    let subjectByVerb = false;
    const opening = subjectStart(tokens, sentence);
    const subjectPronoun = pronounAt(tokens, opening);
    // "A spokesperson who … said in a statement emailed to Quill News": the subject is a description, not the later name.
    const lead = tokens[opening];
    if (lead && DETERMINERS.has(lead.lower) && tokens[opening + 1] && !tokens[opening + 1]!.capitalized) subjectFound = true;
    if (subjectPronoun !== null && !cues.some((c) => c.speaker.from === subjectPronoun)) {
      // "She was more nervous than X…": the chain goes on through the pronoun, not to X.
      const antecedent = resolvePronoun(tokens[subjectPronoun]!.lower, b, si, subjectPronoun);
      if (antecedent && antecedent.confidence >= PRONOUN_CLEAR) {
        mentions.push({ entity: antecedent.entity, block: b, sentence: si, token: subjectPronoun, rank: 1 });
        subjectFound = true;
        // "He decided to return to the city where he and Dorsey are from": a later name before a verb is in a clause of its own.
        subjectByVerb = looksLikeVerb(tokens[subjectPronoun + 1]);
      }
    } else if (subjectPronoun === null) {
      // "Her heartbreak over Kim Park's death …": the sentence is still about her (not "Her son, NAME", who is someone new).
      const owner = tokens[opening];
      const owned = tokens[opening + 1];
      const pronoun = owner?.lower === "her" ? "she" : owner?.lower === "his" ? "he" : null;
      if (pronoun && owned && owned.kind === "word" && !owned.capitalized && !isPersonNoun(owned.bare)) {
        const antecedent = resolvePronoun(pronoun, b, si, opening);
        if (antecedent && antecedent.confidence >= PRONOUN_CLEAR) {
          mentions.push({ entity: antecedent.entity, block: b, sentence: si, token: opening, rank: 1 });
          subjectFound = true;
        }
      }
    }
    for (let i = sentence.from; i < sentence.to; i++) {
      if (!tokens[i]!.capitalized || inCueSpeaker(cues, i)) continue;
      // "Footage of Tom Quarrie appears", "Critics of Jo Lee say": the sentence's first word is a noun, not part of the name.
      if (i === opening && opensWithNounOfPerson(tokens, i)) continue;
      const run = block.nameRuns.get(i);
      const end = run && run.end <= sentence.to ? run.end : capitalizedRunEnd(tokens, i, sentence.to);
      const phrase = run?.end === end ? run.phrase : classify(tokens, i, end);
      const previous = tokens[i - 1]?.lower ?? "";
      // "a Tom Ridley novel", "a New Yorker story": the name only qualifies a thing. "in Oakdale, Ohio", "at 520 Elm Street": a place.
      // "the Vole Sisters", "the Zorg account": a person's name takes no "the" (a title would stand between).
      const theGroup = phrase?.kind === "person" && tokens[phrase.nameFrom - 1]?.lower === "the";
      // "520 Elm Street" is an address and "the 50th Anniversary Tour" a thing; "On March 5 Jo Lee", "In 2019 Jo Lee" are people.
      const afterNumber = startsWithDigit(previous) && (STREET_WORDS.has(tokens[end - 1]!.bare) || /^\d+(?:st|nd|rd|th)$/u.test(previous));
      const notAnActor = theGroup || previous === "a" || previous === "an" || afterNumber || ((LOCATIVES.has(previous) || hasPostalRegion(tokens, end)) && isTownAndRegion(tokens, end));
      // A headline's capitals run on through its verbs ("Board Of Harbours Finds …"): an organisation read from them
      // must end on an organisation's word ("Quill Police Department") or be one the lexicon knows by name.
      const headlineRun = block.kind === "heading" && phrase?.kind === "organization" && !isOrganizationWord(tokens[end - 1]!.bare) &&
        explainType(tokens.slice(phrase.nameFrom, end).map((t) => t.text)).rule !== "organization";
      if (phrase && !notAnActor && !headlineRun && (phrase.kind === "person" || phrase.kind === "organization")) {
        const nameFrom = phrase.nameFrom;
        const single = phrase.nameTo - nameFrom < 2;
        // "Lord Street", "President Street": a title and a place's last word name a street, not a lord.
        const titled = nameFrom > 0 && isTitleWord(tokens[nameFrom - 1]!) && !(single && typeAt(tokens, nameFrom - 1, nameFrom + 1).type === "place");
        const word = withoutPossessive(tokens[nameFrom]!.lower);
        // "Jo — who goes by his first name online —": "who" is said of people, as "Daniel, a Quill University senior," is.
        const who = (tokens[end + 1]?.lower === "who" && /^[,\u2014\u2013-]$/u.test(tokens[end]!.text)) || describedAsPerson(tokens, end, sentence.to);
        // "Ruffo ignored the question.": one unknown name opening the sentence before a past verb acts as a person does.
        // Not in a headline's clipped grammar, nor a plural, which is a group more often than a surname ("Critics filed …").
        const actor = single && nameFrom === opening && phrase.kind === "person" && block.kind !== "heading" && !/[^s]s$/u.test(word) && /[^e]ed$/u.test(tokens[end]?.lower ?? "");
        const candidate = phrase.kind === "organization" || !single || titled || who || actor || cast.isKnownSurname(word) || cast.isKnownFirstName(word) || cast.isKnownCompany(word);
        const known = candidate && speaksByName(block, phrase) ? cast.fromPhrase(phrase, block) : null;
        if (known?.kind === "person" && (!single || titled || who || actor)) known.personShown = true;
        if (known?.kind === "person" && (titled || who)) known.titled = true;
        if (known) {
          const listener = i > 0 && LISTENER_CUES.has(tokens[i - 1]!.lower);
          const owner = isPossessive(tokens[end - 1]!.text);
          // "think of them as Zorg Passages", "an email address for Lee's sister": a preposition's object is no subject.
          // "What Page was doing was “ridiculous”": a name in a clause that is itself the subject is not the sentence's subject.
          const object = OBJECT_PREPOSITIONS.has(previous) || inSubjectClause(tokens, sentence, opening, nameFrom);
          // "Vole consultant Jo Lee", "Quill general counsel Ann Ruiz": a name before a role and another name only qualifies them.
          const qualifier = titledNameAfter(tokens, end, sentence.to) >= 0;
          // A name right before a verb ("Holt wasn't thrilled") is the subject even when another name came first.
          const beforeVerb = looksLikeVerb(tokens[end]);
          const subject = (!subjectFound || (beforeVerb && !subjectByVerb)) && !listener && !owner && !object && !qualifier && nameFrom >= opening;
          if (subject && beforeVerb && subjectFound) demoteSubject(b, si);
          if (subject && beforeVerb) subjectByVerb = true;
          mentions.push({ entity: known, block: b, sentence: si, token: i, rank: listener ? 3 : subject ? 1 : 2 });
          if (subject) subjectFound = true;
          if (known.kind === "person") {
            noteGender(known, tokens, nameFrom, end);
            noteDescription(known, tokens, Math.max(sentence.from, i - DESCRIPTION_WORDS), nameFrom);
          }
        }
      }
      i = end;
    }
  }

}

/**
 * "What Quarrie was doing was …": a name right after an opening "what" of a statement (not "What did Quarrie know?",
 * not "Whatever happens, Quarrie will stay") is inside the clause that is the sentence's subject.
 */
function inSubjectClause(tokens: readonly Token[], sentence: Sentence, opening: number, nameFrom: number): boolean {
  return nameFrom === opening + 1 && tokens[opening]!.lower === "what" && tokens[sentence.to - 1]?.text !== "?";
}

/** "recalls him saying": an object pronoun that speaks is read as the subject pronoun it stands for. */
const SUBJECT_OF_OBJECT_PRONOUN: Readonly<Record<string, string>> = { him: "he", her: "she", them: "they" };

function subjectPronounOf(pronoun: string): string {
  return SUBJECT_OF_OBJECT_PRONOUN[pronoun] ?? pronoun;
}

/** A person named with a given name the lexicon knows: "Jo Lee", not "Quill Fair" or "person familiar with the case". */
function namedInFull(e: Entity): boolean {
  return e.kind === "person" && e.name.includes(" ") && givenNameGender(e.name) !== null;
}

/** Whether an organisation's name is a news outlet's ("the Quill Gazette"). */
function isOutletName(name: string): boolean {
  return typeName(name.split(/\s+/u)) === "outlet";
}

/** "Footage of Tom Quarrie": a capitalised first word that is no name, title or organisation, "of", then a given name and more. */
function opensWithNounOfPerson(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i]!;
  const given = tokens[i + 2];
  return tokens[i + 1]?.lower === "of" && !!given && tokens[i + 3]?.capitalized === true && givenNameGender(given.text) !== null && !isCommonWordName(given.text) &&
    givenNameGender(first.text) === null && !isTitleWord(first) && !isOrganizationWord(first.bare);
}

/**
 * A person a "he" or "she" may stand for: one the article shows is a person (a first name and a surname,
 * a title, "who", a gender of its own), not one word that is a person only because it is capitalised
 * (a platform, a product, a team) and never more than that.
 */
function isShownPerson(e: Entity): boolean {
  return e.personShown === true || e.name.includes(" ") || (e.gender !== undefined && !e.genderInferred);
}

/**
 * Whether the quoted words name the person: their surname, or their given
 * name, capitalised, possessive or not. The other words of a description
 * taken for a name ("New Hampshire" of "one New Hampshire Democrat") do not count.
 */
function namesInside(entity: Entity, quoted: string): boolean {
  if (entity.kind !== "person") return false;
  const parts = entity.name.split(/\s+/u);
  const telling = (w: string, i: number): boolean => w.length > 2 && startsUpper(w) && (i === parts.length - 1 || givenNameGender(w) !== null);
  // A word of the quote is a part only if the quote holds the part's text: most hold none, and need no splitting.
  if (!parts.some((w, i) => quoted.includes(w) && telling(w, i))) return false;
  const words = new Set(quoted.split(/[^\p{L}\p{N}'’-]+/u).map((w) => withoutPossessive(w)));
  return parts.some((w, i) => words.has(w) && telling(w, i));
}

/**
 * Determiners of a description that introduces someone unnamed ("a senior official", "another resident"); a definite
 * one ("the spokesman", "the prime minister", "Lee's campaign manager") more often stands for someone the article names.
 */
const INDEFINITE_DETERMINERS: ReadonlySet<string> = wordSet(`a an one another`);

/** Words for someone chosen for an office not yet taken up. */
const CHOSEN_WORDS: ReadonlySet<string> = wordSet(`future incoming`);

/** Most tokens of a paragraph read as an interviewer's question. */
const QUESTION_TOKENS = 30;

/** Longest stretch after a pronoun read for a name that rules it out, in tokens. */
const BINDING_REACH = 40;

/**
 * "He sent the draft to friends, including Berg": a pronoun is never someone its own sentence names
 * after it (that would be "himself", or the name would come first). The surname decides: "he said,
 * praising Mike Ross" still lets "he" be Mike Dunn.
 */
function namedAfter(entity: Entity, later: ReadonlySet<string>): boolean {
  if (entity.kind !== "person" || later.size === 0) return false;
  const surname = entity.name.slice(entity.name.lastIndexOf(" ") + 1).toLowerCase().replace(/\.$/u, "");
  return later.has(surname);
}

/**
 * The capitalised words (bare, lower-case) of the sentence after a pronoun, within reach and
 * up to the next quotation: `“…,” she said, but “…,” said Lee` names the next quote's speaker.
 */
function capitalizedWordsAfter(tokens: readonly Token[], pronoun: number, end: number): Set<string> {
  const words = new Set<string>();
  // "He named two groups: the poor (who, for Quarrie, were …)": the writer's aside in parentheses binds nothing.
  let aside = 0;
  for (let k = pronoun + 1; k < Math.min(end, pronoun + BINDING_REACH); k++) {
    const t = tokens[k]!;
    if (t.kind === "quote") break;
    if (t.text === "(") aside++;
    else if (t.text === ")") aside = Math.max(0, aside - 1);
    else if (aside === 0 && t.kind === "word" && t.capitalized) words.add(t.bare);
  }
  return words;
}

/** Most words a headline's label runs before its colon: "Vole Challenger Jo Quarrie:". */
const MAX_LABEL_TOKENS = 5;

/** "Vole: …", "Sen. Jo Lee: …": the person or organisation a headline opens with, before a colon. */
function headlineLabel(tokens: readonly Token[]): Phrase | null {
  const colon = tokens.findIndex((t, k) => k <= MAX_LABEL_TOKENS && t.text === ":");
  if (colon < 1 || !tokens.slice(0, colon).every((t) => t.kind === "word" && (t.capitalized || isTitleWord(t)))) return null;
  const phrase = classify(tokens, 0, colon);
  return phrase && (phrase.kind === "person" || phrase.kind === "organization") ? phrase : null;
}

/**
 * Whether the cue stands in a relative clause ("which Quill estimates", "that Judge Vole called") that
 * closes before the quote at `q`: a comma, then the main clause's verb. The clause's verb reports only what it holds.
 */
function closedRelativeClause(tokens: readonly Token[], cue: Cue, q: number): boolean {
  const opener = tokens[cue.from - 1];
  if (!opener || !(RELATIVE_PRONOUNS.has(opener.lower) || opener.lower === "that")) return false;
  // "recalled that he said, “…”": after a verb, "that" opens what was said, not a clause about a noun.
  if (opener.lower === "that" && (looksLikeVerb(tokens[cue.from - 2]) || SPEECH_VERBS.has(tokens[cue.from - 2]?.lower ?? ""))) return false;
  // Words set off by a pair of commas stay inside the clause: "which Lee called, in a speech, “…”".
  if (tokens[q - 1]?.text === ",") return false;
  // The comma may close the clause inside a quotation's marks: "that Vole called “distasteful,” Lee expressed …".
  for (let k = cue.verb + 1; k < q - 1; k++) if (tokens[k]!.text === "," || (tokens[k]!.kind === "quote" && /,\s*\W?$/u.test(tokens[k]!.text))) return true;
  return false;
}

/** "QUARRIE:", "MR. VOLE:", "ANN VOLE:": a transcript's label, one to three words in capitals, then a colon. */
const TRANSCRIPT_LABEL = /^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):\s/u;
/** Fewest labelled quotes that make the article's quotes a transcript. */
const MIN_TRANSCRIPT_LINES = 2;

/** The speaker a quoted transcript line opens with, in the case names are written: "Quarrie", "Mr. Vole". */
function transcriptSpeaker(quoted: string): { phrase: Phrase; label: BlockTokens } | null {
  const found = TRANSCRIPT_LABEL.exec(quoted);
  if (!found || found[1]!.replace(/[^A-Z]/gu, "").length < 2) return null;
  const text = found[1]!.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  const tokens = tokenize(text, []);
  if (tokens.some((t) => NOT_NAME_WORDS.has(t.lower))) return null;
  const phrase = classify(tokens, 0, tokens.length);
  // "NEW YORK:", a dateline in capitals, is a place.
  return phrase?.kind === "person" && canSpeak(typeName(tokens.map((t) => t.text))) ? { phrase, label: { tokens, text } } : null;
}

/** Fewest words a quote shares with an attributed one to be taken for the same words. */
const MIN_REPEATED_WORDS = 3;
/** Fewest words of a quote word for word the same as another's to be taken for it. */
const MIN_IDENTICAL_WORDS = 6;

/** A quote's words, lower case, one space apart and padded: " we had some issues ". */
function wordsOf(text: string): string {
  return ` ${text.toLowerCase().match(/[\p{L}\p{N}']+/gu)?.join(" ") ?? ""} `;
}

/**
 * The attributed quote whose words hold all of `quote`'s, in order, when they all have one speaker: a headline quoting
 * the body, a quote repeated. The very same words again (a pull quote, a live blog repeating a post) are the same
 * saying only when long enough to be one ("I don't know" is said by many).
 */
function quoteRepeating<Q extends { text: string; entity: Entity | null }>(quote: Q, sayings: readonly { quote: Q; words: string }[]): Q | null {
  const wanted = wordsOf(quote.text);
  const count = wanted.trim().split(" ").length;
  if (count < MIN_REPEATED_WORDS) return null;
  const holders = sayings.filter((s) => s.quote !== quote && s.words.includes(wanted) && (s.quote.text !== quote.text || count >= MIN_IDENTICAL_WORDS)).map((s) => s.quote);
  return holders.length > 0 && holders.every((q) => q.entity === holders[0]!.entity) ? holders[0]! : null;
}

/** Conjunctions that open a subordinate clause ("as" is left out: "as Lee put it" reports words). */
const SUBORDINATORS: ReadonlySet<string> = wordSet(`
  when after before while because since although though if until unless whereas
`);

/** Words that make a title another title: a "prime minister" is no "foreign minister". */
const TITLE_COMPOUNDS: ReadonlySet<string> = wordSet(`
  prime foreign deputy vice assistant associate chief attorney defense defence interior finance press executive
  managing general state home justice health education
`);

/** Words after which a name is a listener, not a speaker: "told Lee", "asked Lee", "with Lee". */
const LISTENER_CUES: ReadonlySet<string> = wordSet(`
  told telling tell tells asked asking than with about to
`);

/** `/^\d/u` by character code, for a test run on every capitalised run's previous word. */
function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** Prepositions whose object a name is, never the sentence's subject (the listeners' "to", "with" are ranked apart). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = wordSet(`
  of for in at on from by as into onto over under after before near like via against among between through
  around toward towards behind beside without within upon
`);
/** Prepositions of place: "lives in Oakdale, Ohio". */
const LOCATIVES: ReadonlySet<string> = wordSet(`
  in at from near
`);

/** "520 Elm Street": after a number, a capitalised run that ends in one of these is an address. */
const STREET_WORDS: ReadonlySet<string> = wordSet(`
  street st avenue ave road rd boulevard blvd lane drive way place court
`);

/** "Oakdale, Ohio," / "North Bend, Oregon.": a capitalised run, a comma, and one capitalised word that ends the clause. */
function isTownAndRegion(tokens: readonly Token[], end: number): boolean {
  const region = tokens[end + 1];
  if (tokens[end]?.text !== "," || !region || region.kind !== "word" || !region.capitalized || isPossessive(region.text)) return false;
  const after = tokens[end + 2];
  return !after || (after.kind === "punct" && /^[,.;)]$/u.test(after.text)) || (hasPostalRegion(tokens, end) && /^\d+$/u.test(after.text));
}

/** "San Mateo, CA 94107": a two-letter region code after the comma makes the run a town wherever it stands. */
function hasPostalRegion(tokens: readonly Token[], end: number): boolean {
  return tokens[end]?.text === "," && /^[A-Z]{2}$/u.test(tokens[end + 1]?.text ?? "");
}

/** Dashes that sign a quote with its speaker's name: `“…” ― Jo Lee`. */
const SIGNING_DASHES: ReadonlySet<string> = new Set(["\u2015", "\u2014", "\u2013", "-"]);

/**
 * `“…” ― Jo Lee`, `“…”— Quill Council.`: a dash right after the quote, then
 * a name that ends the paragraph or its sentence. The name's phrase, or null.
 */
function signerAfter(tokens: readonly Token[], q: number): Phrase | null {
  let k = q + 1;
  if (tokens[k]?.text === ",") k++;
  if (!SIGNING_DASHES.has(tokens[k]?.text ?? "")) return null;
  const from = k + 1;
  if (!tokens[from]?.capitalized) return null;
  const end = capitalizedRunEnd(tokens, from, tokens.length, true);
  const after = tokens[end];
  if (after && !(after.kind === "punct" && /^[.,;(]$/u.test(after.text))) return null;
  const phrase = classify(tokens, from, end);
  return phrase && (phrase.kind === "person" || phrase.kind === "organization") ? phrase : null;
}

/** Whether only punctuation follows token `q` in its block. */
function endsBlock(tokens: readonly Token[], q: number): boolean {
  for (let k = q + 1; k < tokens.length; k++) if (tokens[k]!.kind !== "punct") return false;
  return true;
}

/** Block quotes of an embedded post run at most this many blocks before their signature. */
const MAX_POST_BLOCKS = 4;
/** "— Rep. Rita Shaw (@RitaShaw) November 19, 2019": a dash, a name, then a handle or a date. */
const SIGNATURE = /^[\u2014\u2013-]\s*\S/u;

/**
 * A block quote without quotation marks that an embedded post's signature
 * follows: the signer's phrase (the name after the dash, before the handle).
 */
function signedBlockQuote(blocks: readonly AnalysedBlock[], b: number): { phrase: Phrase; block: AnalysedBlock } | null {
  const block = blocks[b]!;
  if (block.kind !== "blockquote" || block.spans.length > 0 || SIGNATURE.test(block.text)) return null;
  for (let k = b + 1; k < blocks.length && k <= b + MAX_POST_BLOCKS; k++) {
    const next = blocks[k]!;
    if (next.kind !== "blockquote") return null;
    if (!SIGNATURE.test(next.text)) continue;
    const { tokens } = next;
    let end = 0;
    while (end < tokens.length && tokens[end]!.kind !== "word") end++;
    const from = end;
    while (end < tokens.length && tokens[end]!.kind === "word" && (tokens[end]!.capitalized || isTitleWord(tokens[end]!)) && !NOT_NAME_WORDS.has(tokens[end]!.lower)) end++;
    const phrase = end > from ? classify(tokens, from, end) : null;
    return phrase && phrase.kind !== "pronoun" ? { phrase, block: next } : null;
  }
  return null;
}

/**
 * "the agency", "the spokesperson": the article plus one common noun that
 * stands for an organisation named before, or for someone speaking for it.
 */
function standIn(tokens: readonly Token[], phrase: Phrase): "organization" | "member" | null {
  if (!isBareNoun(tokens, phrase)) return null;
  const noun = tokens[phrase.from + 1]!.lower;
  return ORGANIZATION_STAND_INS.has(noun) ? "organization" : MEMBER_NOUNS.has(noun) ? "member" : null;
}

/** "the agency", "the doctors": "the" and one lower-case noun. */
function isBareNoun(tokens: readonly Token[], phrase: Phrase): boolean {
  const noun = tokens[phrase.from + 1];
  return phrase.kind !== "person" && phrase.to - phrase.from === 2 && tokens[phrase.from]!.lower === "the" && !!noun && !noun.capitalized;
}

/** "the company said": the organisation itself. */
const ORGANIZATION_STAND_INS: ReadonlySet<string> = wordSet(`
  agency company group organization organisation firm department ministry office administration government
  campaign committee council board union party club team university
`);
/** Verbs that put a document out, between it and who it is from: "a statement released by Zorgmax". */
const ISSUED_BY: ReadonlySet<string> = wordSet(`released issued sent posted published signed`);

/** "a statement from the Harbour Trust", "a statement released by Zorgmax Corp.": who the document is from, named after it. */
function documentSource(tokens: readonly Token[], noun: number, end: number): Phrase | null {
  let k = noun + 1;
  if (ISSUED_BY.has(tokens[k]?.lower ?? "")) k++;
  if (tokens[k]?.lower !== "from" && tokens[k]?.lower !== "by") return null;
  const start = ++k;
  if (tokens[k]?.lower === "the") k++;
  if (!tokens[k]?.capitalized) return null;
  const runEnd = capitalizedRunEnd(tokens, k, end);
  // "a statement from Jo Lee's lawyer": the owner is not who it is from.
  if (isPossessive(tokens[runEnd - 1]!.text)) return null;
  const named = classify(tokens, start, runEnd);
  return named?.kind === "organization" || named?.kind === "person" ? named : null;
}

/** Documents whose words an article quotes as their own when it names no author: "the report concludes". */
const SELF_SPEAKING_DOCUMENTS: ReadonlySet<string> = wordSet(`report study survey memo email e-mail`);

/** "the government said" after "the Quill Council … had recommended": a state speaks, not the body last named. */
const GOVERNMENT_NOUNS: ReadonlySet<string> = wordSet(`government administration`);
/** "the spokesperson said": someone speaking for the organisation. */
const MEMBER_NOUNS: ReadonlySet<string> = wordSet(`
  spokesperson spokesman spokeswoman official officials doctors physicians members representative
`);

/**
 * "the 56-year-old", "the singer and guitarist", "the former governor": a
 * definite description an article uses for a person it has just named (unlike
 * "the source" or "the patient", who are nobody named).
 */
function describesNamedPerson(tokens: readonly Token[], phrase: Phrase): boolean {
  if (phrase.kind !== "anonymous" || tokens[phrase.from]?.lower !== "the") return false;
  const head = tokens[phrase.to - 1]!;
  return AGE.test(head.lower) || BACK_REFERENCE_NOUNS.has(head.bare) || /^[a-z]{3,}(?:ist|ologist)$/u.test(head.bare);
}

const AGE = /^\d{1,3}-year-old$/u;
const BACK_REFERENCE_NOUNS: ReadonlySet<string> = wordSet(`
  singer actor actress star musician guitarist drummer rapper artist novelist filmmaker comedian player coach
  striker quarterback champion athlete veteran legend billionaire entrepreneur congressman congresswoman senator
  governor mayor lawmaker candidate nominee frontrunner front-runner incumbent challenger defendant suspect boss
  manager captain mp
`);

/** A speech verb in the writer's words of the sentence, whether or not its speaker could be read. */
function hasSpeechVerb(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let k = sentence.from; k < sentence.to; k++) {
    const t = tokens[k]!;
    if (t.kind === "word" && !t.capitalized && SPEECH_VERBS.has(t.lower) && !WEAK_SPEECH_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** Most words of title or description a subject's name may follow: "Quill Party front-runner Jo Lee". */
const SUBJECT_TITLE_WORDS = 6;

/**
 * Whether tokens [from, name) are only words that describe the name at `name`: no punctuation, no verb (regular or
 * not: "Angry farmers met Agriculture Minister Ann Vole"), no function word.
 */
function titledFrom(tokens: readonly Token[], from: number, name: number): boolean {
  if (name <= from || name - from > SUBJECT_TITLE_WORDS) return false;
  for (let k = from; k < name; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || looksLikeVerb(t) || IRREGULAR_FINITE.has(t.lower) || (!t.capitalized && NOT_NAME_WORDS.has(t.lower))) return false;
  }
  return true;
}

/**
 * How the sentence's words of saying read, for a partial quote with no cue: "active" if one is a verb in the active
 * voice ("Lee went on to announce"), "passive" if one is passive ("Lee was urged to", "has been warned that"),
 * "noun" if they are only nouns ("the claims by …", "demands of …"), "none" if there is none.
 */
function speechVerbVoice(tokens: readonly Token[], sentence: Sentence): "active" | "passive" | "noun" | "none" {
  let voice: "active" | "passive" | "noun" | "none" = "none";
  for (let k = sentence.from + 1; k < sentence.to; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.capitalized || !SPEECH_VERBS.has(t.lower) || WEAK_SPEECH_VERBS.has(t.lower)) continue;
    // "was urged", "was repeatedly warned".
    const adverb = /ly$/u.test(tokens[k - 1]!.lower) ? 1 : 0;
    if (PASSIVE_AUXILIARIES.has(tokens[k - 1 - adverb]?.lower ?? "")) return "passive";
    if (/^(by|of|from|for)$/u.test(tokens[k + 1]?.lower ?? "") || NOUN_DETERMINERS.has(tokens[k - 1]!.lower)) voice = voice === "active" ? voice : "noun";
    else voice = "active";
  }
  return voice;
}

/** Words before a word of saying that make it a noun: "the claims", "her demands", "any states" ("that urges" is a verb). */
const NOUN_DETERMINERS: ReadonlySet<string> = wordSet(`
  the a an his her its their our my your this these those any some many several no
`);

/** The block before `b` that holds text, skipping captions between two paragraphs of one speaker. */
function previousTextBlock(blocks: readonly AnalysedBlock[], b: number): number {
  let k = b - 1;
  while (k >= 0 && blocks[k]!.kind === "caption") k--;
  return k;
}

/** How far after a name a "his"/"her" still refers to it: "Ann Marie Vole at her office". */
const GENDER_PRONOUN_REACH = 4;
/** How many words after "is"/"was" are read for what the name is: "is [one of the first two Muslim] women". */
const PREDICATE_REACH = 8;
/** "one of the women": plural heads of a predicate. */
const PLURAL_KIN: Readonly<Record<string, string>> = { women: "woman", men: "man", mothers: "mother", fathers: "father", sisters: "sister", brothers: "brother", daughters: "daughter", sons: "son" };
/** How many words of an appositive are read for its head noun: "Jo Lee, [Sam's younger] sister,". */
const APPOSITIVE_HEAD_REACH = 5;
const COURTESY_GENDER: Readonly<Record<string, "male" | "female">> = {
  "mr.": "male", mr: "male", "mrs.": "female", mrs: "female", "ms.": "female", ms: "female", miss: "female",
  sir: "male", lord: "male", lady: "female", dame: "female",
};

/**
 * Gender shown by the article itself: "Mr. Haddad", "Vole visited his editor", "his aunt, Jo Lee",
 * "Jo Lee, Sam's husband". It overrides a gender only inferred from a resolved pronoun.
 */
function noteGender(entity: Entity, tokens: readonly Token[], nameFrom: number, end: number): void {
  if (entity.gender && !entity.genderInferred) return;
  const seen = seenGender(tokens, nameFrom, end);
  if (seen) {
    entity.gender = seen;
    entity.genderInferred = false;
  } else if (!entity.gender && !entity.givenNameRead && entity.name.includes(" ")) {
    // "Ana Ruiz": a given name used mostly for one gender, until the article shows otherwise.
    entity.givenNameRead = true;
    const given = givenNameGender(entity.name);
    if (given === "male" || given === "female") {
      entity.gender = given;
      entity.genderInferred = true;
    }
  }
}

/** "unnamed military leaders", "officials": a description of several people, whom no "he" or "she" stands for. */
function isPluralDescription(e: Entity): boolean {
  if (e.kind !== "anonymous") return false;
  const head = descriptionHead(e);
  return head === "people" || head === "men" || head === "women" || (/^[a-z]{2,}[^su]s$/u.test(head));
}

/** "the woman", "a former model's mother": a description whose head noun says which of "he" and "she" it can be. */
function describedGender(e: Entity): "male" | "female" | null {
  return e.kind === "anonymous" ? genderOfNoun(descriptionHead(e).toLowerCase()) : null;
}

/** The head noun of a description, which comes before any "in Damascus", "at the ministry". */
function descriptionHead(e: Entity): string {
  const words = e.name.split(" ");
  const ends = words.findIndex((w, i) => i > 0 && OBJECT_PREPOSITIONS.has(w));
  return words[(ends === -1 ? words.length : ends) - 1]!;
}

function seenGender(tokens: readonly Token[], nameFrom: number, end: number): "male" | "female" | null {
  const courtesy = COURTESY_GENDER[tokens[nameFrom - 1]?.lower ?? ""];
  if (courtesy) return courtesy;
  // "actress Jo Lee", "his aunt, Jo Lee": the noun just before the name.
  const before = tokens[nameFrom - 1]?.text === "," ? tokens[nameFrom - 2] : tokens[nameFrom - 1];
  // An owner is someone else: "the man's lawyer" says nothing of the lawyer.
  const described = before && before.kind === "word" && !before.capitalized && !isPossessive(before.text) ? genderOfNoun(before.bare) : null;
  if (described) return described;
  // "Jo Lee is one of the first two women elected": a predicate that says what the name is.
  if (FORMS_OF_BE.has(tokens[end]?.lower ?? "")) {
    for (let k = end + 1; k < Math.min(tokens.length, end + 1 + PREDICATE_REACH); k++) {
      const t = tokens[k]!;
      if (t.kind !== "word" || (NOT_NAME_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && t.lower !== "of" && t.lower !== "first")) break;
      const g = t.capitalized || isPossessive(t.text) ? null : genderOfNoun(t.bare) ?? genderOfNoun(PLURAL_KIN[t.bare] ?? "");
      if (g) return g;
    }
  }
  // "Jo Lee, Sam's husband and editor,": the head of the appositive, before any "of", "at", "who".
  if (tokens[end]?.text === ",") {
    for (let k = end + 1; k < Math.min(tokens.length, end + 1 + APPOSITIVE_HEAD_REACH); k++) {
      const t = tokens[k]!;
      if (t.kind !== "word" || (NOT_NAME_WORDS.has(t.lower) && !DETERMINERS.has(t.lower))) break;
      const g = t.capitalized || isPossessive(t.text) ? null : genderOfNoun(t.bare);
      if (g) return g;
    }
  }
  // "told Lee that her ambition …", "a drink with Lee and his wife": after a listener or an object, "his" or "her" is the subject's.
  const previous = tokens[nameFrom - 1]?.lower ?? "";
  if (LISTENER_CUES.has(previous) || OBJECT_PREPOSITIONS.has(previous)) return null;
  for (let k = end; k < Math.min(tokens.length, end + GENDER_PRONOUN_REACH); k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.capitalized) return null;
    // "Lee found him", "Lee told her": an object pronoun is someone else (Lee would be "himself").
    if (!isOwnPronoun(tokens, k)) continue;
    if (MALE_PRONOUNS.has(t.lower)) return "male";
    if (FEMALE_PRONOUNS.has(t.lower)) return "female";
  }
  return null;
}

function genderOfNoun(bare: string): "male" | "female" | null {
  return MALE_NOUNS.has(bare) ? "male" : FEMALE_NOUNS.has(bare) ? "female" : null;
}

/**
 * A pronoun after a name that may stand for that name: a possessive ("Lee visited his editor", "at her
 * office") or a reflexive, not an object ("Lee found him", "Lee told her."), which is always someone else.
 */
function isOwnPronoun(tokens: readonly Token[], k: number): boolean {
  const lower = tokens[k]!.lower;
  if (lower === "his" || lower.endsWith("self")) return true;
  if (lower !== "her") return false;
  const next = tokens[k + 1];
  // "Lee cut her off", "Lee picked her up": a particle after "her" makes it an object.
  return !!next && next.kind === "word" && !NOT_NAME_WORDS.has(next.lower) && !VERB_PARTICLES.has(next.lower);
}

/** Particles that make a "her" before them an object ("cut her off"); not "back": "Lee hurt her back" is her own. */
const VERB_PARTICLES: ReadonlySet<string> = wordSet(`off up out down away`);

/** "son", "editor", "friend": a noun for a person, whom "his"/"her" introduces as someone new. */
function isPersonNoun(bare: string): boolean {
  return isRoleNoun(bare) || ANONYMOUS_PERSON_NOUNS.has(bare) || genderOfNoun(bare) !== null;
}

/** Most words of an appositive read for the person noun it describes a name by. */
const APPOSITIVE_WORDS = 8;

/**
 * "Daniel, a Quill University senior who …", "Jo, an undergraduate student,", "Daniel, 21,": a one-word name set
 * off by an appositive that describes a person (their age, a noun of person, a "who"), not a thing ("Zorgmax, a
 * company that …").
 */
function describedAsPerson(tokens: readonly Token[], comma: number, end: number): boolean {
  if (tokens[comma]?.text !== ",") return false;
  const first = tokens[comma + 1];
  if (first?.kind === "word" && /^\d{1,3}$/u.test(first.text)) return tokens[comma + 2]?.text === ",";
  if (first?.lower !== "a" && first?.lower !== "an") return false;
  for (let k = comma + 2; k < Math.min(end, comma + 2 + APPOSITIVE_WORDS); k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (t.capitalized) continue;
    if (t.lower === "who" || isPersonNoun(t.bare)) return true;
    // "Rex, a retriever owned by a farmer", "a ballad about a soldier who …": past the description's own noun.
    if (isOrganizationWord(t.bare) || NOT_NAME_WORDS.has(t.lower) || looksLikeVerb(t)) return false;
  }
  return false;
}

/** A he/she/they that is the sentence's subject (after "And", "But", an opening phrase). */
function leadingPronoun(tokens: readonly Token[], sentence: Sentence): number | null {
  return pronounAt(tokens, subjectStart(tokens, sentence));
}

/** `k` if token `k` is a he/she/they, else null. */
function pronounAt(tokens: readonly Token[], k: number): number | null {
  const t = tokens[k];
  return t && t.kind === "word" && (PERSON_PRONOUNS.has(t.lower) || GROUP_PRONOUNS.has(t.lower)) ? k : null;
}

/** Whether token `k` is in the speaker phrase of one of the cues. */
function inCueSpeaker(cues: readonly Cue[], k: number): boolean {
  for (const c of cues) if (c.speaker.from <= k && k < c.speaker.to) return true;
  return false;
}

/** A block read into quote spans, tokens and sentences, its names indexed in the cast as block `b`. */
function analyse(block: TextBlock, cast: Cast, b: number): AnalysedBlock {
  const spans = findQuoteSpans(block.text);
  const tokens = tokenize(block.text, spans);
  const nameRuns = cast.index({ text: block.text, tokens }, b);
  // A byline's names, like a photo credit's, are no one the article's pronouns mean.
  const kind = block.kind === "paragraph" && (endsWithPhotoCredit(block.text) || isByline(block.text)) ? "caption" : block.kind;
  return { text: block.text, kind, spans, tokens, sentences: splitSentences(tokens, block.text), nameRuns };
}

/** How a cue named the speaker it was resolved to: what its rule's precision is measured by. */
function speakerEvidence(phrase: Phrase, entity: Entity, tokens: readonly Token[], pronoun: PronounReading | null = null): SpeakerEvidence {
  switch (phrase.kind) {
    case "pronoun":
      if (!PERSON_PRONOUNS.has(subjectPronounOf(tokens[phrase.from]!.lower))) return "thingPronoun";
      return pronoun?.far ? "farPronoun" : "pronoun";
    case "document":
      return phrase.kind;
    case "organization": {
      const name = tokens.slice(phrase.nameFrom, phrase.nameTo);
      if (!name.some((t) => t.capitalized)) return "organizationNoun";
      return name.length === 1 && /^[A-Z&.]+$/u.test(name[0]!.text) ? "acronym" : "organization";
    }
    case "anonymous":
      if (entity.kind !== "anonymous") return entity.kind === "person" ? "describedPerson" : "describedOrganization";
      return INDEFINITE_DETERMINERS.has(tokens[phrase.from]!.lower) ? "description" : "definiteDescription";
    case "person":
      if (entity.kind === "organization") return "organization";
      return phrase.nameTo - phrase.nameFrom >= 2 ? "fullName" : entity.name.includes(" ") ? "surname" : "singleName";
  }
}

/** The cues that may speak for the quote at `q`: none from a relative clause closed before it. */
function openCues<C extends { cue: Cue }>(cues: readonly C[], q: number, tokens: readonly Token[]): C[] {
  return cues.filter((c) => !(c.cue.verb < q && closedRelativeClause(tokens, c.cue, q)));
}

/**
 * The verb of the one cue that may introduce the quote at `q`: the last of the open cues before it
 * ("Lee recalled that he said, “…”" is introduced by "said", not "recalled"). -1 if none.
 */
function introducingVerb(open: readonly { cue: Cue }[], q: number): number {
  let verb = -1;
  for (const { cue } of open) if (cue.verb < q && cue.verb > verb) verb = cue.verb;
  return verb;
}

/** Tokens between a cue and the quote at `q`; 0 for the cue that introduces it (`he urged voters, “…”`). */
function cueDistance(cue: Cue, q: number, tokens: readonly Token[], mayIntroduce: boolean): number {
  // `he said, "…," the office said`: the cue that introduces the quote is its own.
  const introduces = mayIntroduce && cue.verb < q && q - cue.verb <= INTRODUCING_REACH && cue.to <= q && /^[,:]$/u.test(tokens[q - 1]?.text ?? "");
  if (introduces) return 0;
  // "X, which Lee had called a “disaster” and promised to …": a cue whose subject and verb sit on either side of the quote is as far as its verb.
  if (cue.from < q && q < cue.to) return Math.abs(cue.verb - q);
  return cue.from > q ? cue.from - q : q - cue.to + 1;
}

/**
 * A cue after a quote that belongs to what follows: one that opens a clause of
 * its own with someone named (`“leading from behind” and Vole says he …`) or
 * hands over to the next quote (`…, Vole said: “…”`).
 */
function opensNextClause(tokens: readonly Token[], cue: Cue): boolean {
  // "… and he believes" goes on in the same voice; "… and Vole says" brings in another.
  // ("lab scientist and co-author Vole said" is one description.)
  const before = tokens[cue.from - 1];
  const opener = tokens[cue.from - 2];
  const joins = before?.kind === "word" && (before.lower === "and" || before.lower === "but") && (opener?.kind === "quote" || opener?.text === ",");
  if (joins && cue.speaker.kind !== "pronoun") return true;
  return tokens[cue.to]?.text === ":" && tokens[cue.to + 1]?.kind === "quote";
}

function cueWords(block: AnalysedBlock, cue: Pick<Cue, "from" | "to">): string {
  const from = block.tokens[cue.from]!;
  const to = block.tokens[cue.to - 1]!;
  return block.text.slice(from.start, to.end);
}

/** A quotation that is its sentence's first token (ignoring punctuation). */
function startsSentence(tokens: readonly Token[], q: number, sentence: Sentence): boolean {
  for (let i = sentence.from; i < q; i++) if (tokens[i]!.kind !== "punct") return false;
  return true;
}

/** Most words a cue after a quote may have: "deadpanned Tom Quarrie", "an angry Jo Lee retorted". */
const CUE_TAIL_WORDS = 5;

/**
 * `“…,” deadpanned Tom Quarrie.`, `“…,” an angry Jo Lee retorted.`: the quote's sentence ends in a name and a past
 * verb the cue reader does not know. Someone is named as the speaker, so the last speaker's words do not go on
 * (`someoneNamed`); when the tail is only the name, the verb right beside it and an adverb, the name is the speaker.
 */
function unreadCueAfter(tokens: readonly Token[], q: number, sentence: Sentence): { someoneNamed: boolean; speaker: Phrase | null } {
  const none = { someoneNamed: false, speaker: null };
  let k = q + 1;
  if (tokens[k]?.text === ",") k++;
  let end = sentence.to;
  while (end > k && tokens[end - 1]!.kind === "punct") end--;
  if (end - k < 2 || end - k > CUE_TAIL_WORDS) return none;
  let name = -1;
  let verb = -1;
  let others = false;
  for (let i = k; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") return none;
    if (t.capitalized) {
      if (name < 0) name = i;
    } else if (/^[a-z]+[^e]ed$/u.test(t.lower) && verb < 0) verb = i;
    else if (!/ly$/u.test(t.lower) && t.lower !== "aloud") others = true;
  }
  if (name < 0 || verb < 0) return none;
  const nameEnd = capitalizedRunEnd(tokens, name, end);
  const beside = verb === name - 1 || verb === nameEnd;
  return { someoneNamed: true, speaker: !others && beside ? classify(tokens, name, nameEnd) : null };
}

/** Adverbs that carry a speaker's words on into the next sentence: `Instead, “he just acts …”`. */
const CARRYING_CONNECTORS: ReadonlySet<string> = wordSet(`
  instead still but and yet later then also however indeed besides moreover
`);

/** The quote opens its sentence after one connector and a comma or none: `Instead, “…”`, `But “…”`. */
function opensAfterConnector(tokens: readonly Token[], q: number, sentence: Sentence): boolean {
  const first = tokens[sentence.from];
  if (!first || first.kind !== "word" || !CARRYING_CONNECTORS.has(first.lower)) return false;
  return q === sentence.from + 1 || (q === sentence.from + 2 && tokens[sentence.from + 1]!.text === ",");
}

function quoteKind(block: AnalysedBlock, span: QuoteSpan, tokens: readonly Token[], q: number, sentence: Sentence): QuoteKind {
  if (block.kind === "blockquote") return "block";
  const first = block.text[span.start] ?? "";
  if (isLower(first)) return "partial";
  const before = tokens[q - 1];
  const opensClause = q === sentence.from || !before || before.kind === "punct" || before.kind === "quote";
  return opensClause ? "direct" : "partial";
}

function speakerOf(entity: Entity, blocks: readonly AnalysedBlock[], cast: Cast, organizations: KnownOrganizations): Speaker {
  const sentenceAt = (b: number, token: number): string => {
    const block = blocks[b]!;
    const s = block.sentences.find((x) => x.from <= token && token < x.to) ?? block.sentences[0]!;
    return block.text.slice(block.tokens[s.from]!.start, block.tokens[s.to - 1]!.end);
  };
  const profile = profileOf(entity, blocks, sentenceAt, { isSurname: (w) => cast.isKnownSurname(w), isNamedPerson: (w) => cast.isNamedPerson(w), isFirstName: (w) => cast.isKnownFirstName(w) }, organizations);
  const aliases = [...entity.aliases].filter((a) => a !== entity.name);
  return { id: entity.id, name: entity.name, kind: entity.kind, aliases, ...profile };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
