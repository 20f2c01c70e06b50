/**
 * The sieve's rules, strictest first: the quote's speaker is decided by the
 * first rule that finds one. A cue rule is measured apart for each way its
 * speaker was named ("adjacentCue/fullName" is surer than
 * "adjacentCue/singleName"), since that is where cue readings go wrong; how
 * sure each key is lives in rule-confidence.ts.
 */
export const RULES = {
  /** A speech cue right next to the quote: `," said Ruiz`. */
  adjacentCue: "a speech cue right next to the quote",
  /** A cue elsewhere in the quote's sentence, as for partial quotes. */
  nearCue: "a speech cue in the quote's sentence",
  /** "called it a 'disgrace'": an opinion verb, partial quotes only. */
  weakCue: "an opinion verb in the quote's sentence",
  /** A cue whose pronoun has two equally likely antecedents. */
  ambiguousPronounCue: "a pronoun with two likely antecedents",
  /** A paragraph continuing a quote left open at the end of the previous one. */
  continuedQuote: "a quotation running on from the previous paragraph",
  /** The previous quote's speaker, in the same paragraph. */
  sameParagraph: "the speaker of the quote before it in the paragraph",
  /** A bare quote after a sentence of reported speech in the same paragraph: "Lee said there will be… “Adding…”". */
  afterReportedSpeech: "the source of the reported speech just before it",
  /** A bare quote paragraph after a paragraph with a known speaker. */
  previousParagraph: "the speaker of the paragraph before",
  /** "X had a similar experience: “…”": the subject of the sentence its colon ends ("colonIntroduction/dash": a dash, for a whole quote). */
  colonIntroduction: "the subject of the sentence its colon ends",
  /** Reported speech: the source of a speech verb that introduces a clause without quote marks ("Lee said the plant would close"). */
  reportedCue: "a speech verb that reports the statement",
  /** Reported speech whose verb stands apart from its subject: ", saying …", "Lee met the council and said …". */
  reportedDistantCue: "the subject of the clause a speech verb continues",
  /** A headline that opens with a name and a colon: "Vole: Plan Is ‘Dead on Arrival’". */
  headlineLabel: "the name a headline opens with, before its colon",
  /** A quoted transcript line that opens with its speaker's name in capitals: “QUARRIE: Let's start …”. */
  transcriptLabel: "the name in capitals that opens a transcript's line",
  /** A quote whose words an attributed quote elsewhere holds (a headline quoting the body): that quote's speaker. */
  repeatedQuote: "the speaker of the same words elsewhere in the article",
  /** `“…,” deadpanned Tom Quarrie.`: a name and a past verb the cue reader does not know, closing the quote's sentence. */
  unreadCue: "a name and an unknown verb of saying right after the quote",
  /** An embedded post signed "— Name (@handle) date", or a quote signed "“…” ― Name". */
  signature: "the name signing the quote or post",
} as const;

export type RuleName = keyof typeof RULES;

/**
 * How a cue named its speaker: the evidence the cue rules are measured by.
 * fullName "said Ana Ruiz"; surname "said Ruiz" after "Ana Ruiz"; singleName a
 * lone capitalised word the article names no more fully; organization; pronoun
 * "he said" resolved within the paragraph or the one before, farPronoun from
 * two paragraphs back or more, thingPronoun "it said", "they said"; organizationNoun "the court said", "the newspaper
 * reported"; acronym a lone capitalised abbreviation; description "a senior official", definiteDescription "the
 * spokesman", "Lee's aide", "officials" (both with no one named to join them to); describedPerson /
 * describedOrganization "the senator", "the company" joined to someone named;
 * document "the statement said" joined to its issuer.
 */
export type SpeakerEvidence =
  | "fullName" | "surname" | "singleName" | "organization" | "organizationNoun" | "acronym" | "pronoun" | "farPronoun" | "thingPronoun" | "description" | "definiteDescription" | "describedPerson" | "describedOrganization" | "document";

/** The key a decision is measured and reported under: "adjacentCue/fullName", "sameParagraph". */
export function ruleKey(rule: RuleName, evidence: SpeakerEvidence | null): string {
  return evidence ? `${rule}/${evidence}` : rule;
}

/** How the rule behind a quote's key found its speaker, in words: "a speech cue right next to the quote". */
export function ruleInWords(key: string): string | null {
  const rule = key.split("/")[0]!;
  return rule in RULES ? RULES[rule as RuleName] : null;
}
