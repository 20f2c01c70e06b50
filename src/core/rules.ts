/**
 * The sieve's rules, strictest first, and how sure each one is. A quote's
 * speaker is decided by the first rule that finds one; its confidence is that
 * rule's precision as measured on annotated news (rule-precision.json, written
 * by `npm run calibrate`, never typed by hand). A cue rule is measured apart
 * for each way its speaker was named ("adjacentCue/fullName" is surer than
 * "adjacentCue/singleName"), since that is where cue readings go wrong.
 */
import measured from "./rule-precision.json";

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
  /** "X had a similar experience: “…”": the subject of the sentence a colon ends. */
  colonIntroduction: "the subject of the sentence its colon ends",
  /** An embedded post signed "— Name (@handle) date". */
  signature: "the signature under an embedded post",
} as const;

export type RuleName = keyof typeof RULES;

/**
 * How a cue named its speaker: the evidence the cue rules are measured by.
 * fullName "said Ana Ruiz"; surname "said Ruiz" after "Ana Ruiz"; singleName a
 * lone capitalised word the article names no more fully; organization; pronoun
 * "he said" resolved; organizationNoun "the court said", "the newspaper
 * reported"; acronym a lone capitalised abbreviation; description "a senior official"; describedPerson /
 * describedOrganization "the senator", "the company" joined to someone named;
 * document "the statement said" joined to its issuer.
 */
export type SpeakerEvidence =
  | "fullName" | "surname" | "singleName" | "organization" | "organizationNoun" | "acronym" | "pronoun" | "description" | "describedPerson" | "describedOrganization" | "document";

interface Measurement {
  right: number;
  wrong: number;
  precision: number;
}

interface PrecisionTable {
  floor: number;
  rules: Record<string, Measurement>;
}

const table = measured as PrecisionTable;

/** Quotes whose best reading is less sure than this get no speaker (chosen by the calibration so wrong speakers stay rare). */
export const CONFIDENCE_FLOOR: number = table.floor;

/** The key a decision is measured and reported under: "adjacentCue/fullName", "sameParagraph". */
export function ruleKey(rule: RuleName, evidence: SpeakerEvidence | null): string {
  return evidence ? `${rule}/${evidence}` : rule;
}

/** The measured precision of a rule key; a key never seen in measurement takes its rule's; a rule never measured is not trusted at all. */
export function confidenceOf(key: string): number {
  return table.rules[key]?.precision ?? table.rules[key.split("/")[0]!]?.precision ?? 0;
}
