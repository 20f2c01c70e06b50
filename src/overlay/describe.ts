/**
 * Words for what the engine found: the card's lines, its accessible label and
 * the confidence in plain language. Pure (no DOM), shared by the card and the popup.
 */
import type { Quote, Speaker } from "../core/attribution";

/** Confidence bands, highest first: the engine's 0..1 score → words a reader can weigh. */
const CONFIDENCE_WORDS: ReadonlyArray<readonly [number, string]> = [
  [0.85, "Very likely"],
  [0.65, "Likely"],
  [0.4, "Possibly"],
  [0, "Uncertain"],
];

export function confidenceInWords(confidence: number): string {
  for (const [min, words] of CONFIDENCE_WORDS) if (confidence >= min) return words;
  return "Uncertain";
}

/** "Syria expert and fellow, Washington Institute for Near East Policy", or null when neither is known. */
export function roleLine(speaker: Speaker | null): string | null {
  if (!speaker) return null;
  const parts = [speaker.role, speaker.affiliation].filter((p): p is string => !!p);
  return parts.length ? parts.join(", ") : null;
}

export const UNATTRIBUTED = "Speaker not identified";

/** The name to show for a quote's speaker. */
export function speakerName(speaker: Speaker | null): string {
  return speaker ? speaker.name : UNATTRIBUTED;
}

/** What a screen reader hears for a quote: "Quote by Andrew Tabler, Washington Institute for Near East Policy". */
export function quoteLabel(speaker: Speaker | null): string {
  if (!speaker) return "Quote, speaker not identified";
  const where = speaker.affiliation ?? speaker.role;
  return where ? `Quote by ${speaker.name}, ${where}` : `Quote by ${speaker.name}`;
}

/** Everything the hover card shows for one quote, as plain strings. */
export interface CardText {
  label: string;
  name: string;
  role: string | null;
  evidence: string | null;
  cue: string | null;
  confidence: string;
}

export function cardText(quote: Quote, speaker: Speaker | null): CardText {
  return {
    label: quoteLabel(speaker),
    name: speakerName(speaker),
    role: roleLine(speaker),
    evidence: speaker?.evidence ?? null,
    // The cue usually sits inside the evidence sentence; repeating it adds nothing.
    cue: quote.cue && !speaker?.evidence?.includes(quote.cue) ? quote.cue : null,
    confidence: speaker ? `${confidenceInWords(quote.confidence)} (${Math.round(quote.confidence * 100)}%)` : "The article does not say clearly",
  };
}
