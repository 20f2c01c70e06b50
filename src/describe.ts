/**
 * Words for what the engine found: the card's lines, its accessible label and
 * the confidence in plain language. Pure (no DOM), shared by the card and the popup.
 */
import type { Quote, ReportedStatement, Speaker } from "./core/attribution";

/** A quotation or a statement reported without quote marks: what the card and the popup describe. */
export type Said = Quote | ReportedStatement;

/** Whether it is reported speech (no quote marks) rather than a quotation. */
export function isReported(said: Pick<Said, "kind">): said is ReportedStatement {
  return said.kind === "indirect" || said.kind === "belief";
}

/** What the card says a reported statement is; null for a quotation. */
export function kindLine(said: Pick<Said, "kind">): string | null {
  if (said.kind === "indirect") return "Reported speech: the article gives these words without quote marks";
  if (said.kind === "belief") return "Reported belief or intention: what the article says the source thinks or wants";
  return null;
}
import { ruleInWords } from "./core/rules";

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

/** "Syria expert and fellow, Brookings Institution", or null when neither is known. */
export function roleLine(speaker: Speaker | null): string | null {
  if (!speaker) return null;
  const parts = [besidesName(speaker, speaker.role), besidesName(speaker, speaker.affiliation)].filter((p): p is string => !!p);
  return parts.length ? parts.join(", ") : null;
}

/**
 * A role or affiliation that only repeats the name is not shown again: an unnamed speaker's role is often their
 * description ("senior administration official"), an organisation's affiliation its own name.
 */
function besidesName(speaker: Speaker, detail: string | null): string | null {
  return detail === speaker.name ? null : detail;
}

export const UNATTRIBUTED = "Speaker not identified";

/** The card shows at most this much of the sentence that introduced a speaker (a page can hold a 10,000-character sentence). */
export const MAX_EVIDENCE_CHARS = 280;

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The name to show for a quote's speaker. */
export function speakerName(speaker: Speaker | null): string {
  return speaker ? speaker.name : UNATTRIBUTED;
}

/** What a screen reader hears for a quote: "Quote by Ana Ruiz, Brookings Institution" ("Reported statement by …" for reported speech). */
export function quoteLabel(speaker: Speaker | null, reported = false): string {
  const what = reported ? "Reported statement" : "Quote";
  if (!speaker) return `${what}, ${reported ? "source" : "speaker"} not identified`;
  const where = besidesName(speaker, speaker.affiliation) ?? besidesName(speaker, speaker.role);
  return where ? `${what} by ${speaker.name}, ${where}` : `${what} by ${speaker.name}`;
}

/** Where a quote stands among its speaker's quotes: the `at`-th (1-based) of `of`. */
export interface Position {
  at: number;
  of: number;
}

/**
 * Position of `quotes[index]` among the quotes with the same speaker, in page
 * order; null for an unattributed quote (they share no speaker to step through).
 */
export function speakerPosition(quotes: readonly Pick<Quote, "speakerId">[], index: number): Position | null {
  const id = quotes[index]?.speakerId;
  if (!id) return null;
  let at = 0;
  let of = 0;
  for (let i = 0; i < quotes.length; i++) {
    if (quotes[i]!.speakerId !== id) continue;
    of++;
    if (i <= index) at = of;
  }
  return { at, of };
}

/** Index of the next (1) or previous (-1) quote by the same speaker, wrapping around; -1 when there is none. */
export function sameSpeakerStep(quotes: readonly Pick<Quote, "speakerId">[], index: number, direction: 1 | -1): number {
  const id = quotes[index]?.speakerId;
  if (!id) return -1;
  const n = quotes.length;
  for (let k = 1; k < n; k++) {
    const i = (index + direction * k + n * k) % n;
    if (quotes[i]!.speakerId === id) return i;
  }
  return -1;
}

/** "2 of 5 quotes by Ruiz" / "Only quote by Ruiz" (statements, for reported speech). */
export function positionLine(position: Position, speaker: Speaker, reported = false): string {
  const who = shortName(speaker);
  const noun = reported ? "statement" : "quote";
  if (position.of === 1) return `Only ${noun} by ${who} here`;
  const others = position.of - 1;
  return `${others} other ${noun}${others === 1 ? "" : "s"} by ${who} · ${position.at} of ${position.of}`;
}

/** The surname form a reader saw in the article ("Ruiz"), or the full name. */
function shortName(speaker: Speaker): string {
  const short = speaker.aliases.filter((a) => a.length < speaker.name.length).sort((a, b) => a.length - b.length)[0];
  return speaker.kind === "person" && short ? short : speaker.name;
}

/** Everything the hover card shows for one quote, as plain strings. */
export interface CardText {
  label: string;
  name: string;
  role: string | null;
  evidence: string | null;
  cue: string | null;
  confidence: string;
  /** "Reported speech: …" for a statement without quote marks, null for a quotation. */
  kind: string | null;
  /** Other quotes by the same speaker ("3 other quotes by Ruiz · 2 of 4"), null when unattributed. */
  others: string | null;
  /** Whether there is another quote by the speaker to step to. */
  canStep: boolean;
}

export function cardText(quote: Said, speaker: Speaker | null, position: Position | null = null): CardText {
  const reported = isReported(quote);
  return {
    others: speaker && position ? positionLine(position, speaker, reported) : null,
    canStep: !!speaker && !!position && position.of > 1,
    label: quoteLabel(speaker, reported),
    kind: kindLine(quote),
    name: speakerName(speaker),
    role: roleLine(speaker),
    evidence: speaker?.evidence ? clip(speaker.evidence, MAX_EVIDENCE_CHARS) : null,
    // The cue usually sits inside the evidence sentence; repeating it adds nothing.
    cue: quote.cue && !speaker?.evidence?.includes(quote.cue) ? quote.cue : null,
    confidence: speaker ? confidenceLine(quote) : "The article does not say clearly",
  };
}

/** "Very likely (96%), from a speech cue right next to the quote": how sure, and why (the deciding rule, rules.ts). */
function confidenceLine(quote: Said): string {
  const how = `${confidenceInWords(quote.confidence)} (${Math.round(quote.confidence * 100)}%)`;
  const why = quote.rule ? ruleInWords(quote.rule) : null;
  return why ? `${how}, from ${why}` : how;
}
