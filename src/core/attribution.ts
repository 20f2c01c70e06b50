/**
 * The output contract of the engine (see DESIGN.md). Plain JSON: it crosses
 * from the content script to the popup and is what the CLI prints with --json.
 */
export interface Attribution {
  url: string | null;
  title: string | null;
  quotes: Quote[];
  speakers: Speaker[];
  /** Statements attributed without quote marks, in article order (quotes[] holds only marked quotations). */
  reported: ReportedStatement[];
}

export type QuoteKind = "direct" | "partial" | "block";

export interface Quote {
  id: string;
  /** The words inside the marks, marks excluded. */
  text: string;
  /** Whole sentence / phrase inside the writer's sentence / blockquote. */
  kind: QuoteKind;
  /** null = the engine will not guess. */
  speakerId: string | null;
  /** The attributing words, e.g. "said Ruiz". */
  cue: string | null;
  /** 0..1: the measured precision of the rule that decided. */
  confidence: number;
  /** The rule that decided ("adjacentCue", "pronounCue", "previousParagraph", …); null when none found a speaker. */
  rule: string | null;
  /** Index of the block in the article's blocks, and offsets of the quote text (marks excluded) in it. */
  block: number;
  start: number;
  end: number;
}

/** "indirect": a statement reported without quote marks ("Lee said the plant would close"); "belief": what someone holds ("Lee believes that …"). */
export type ReportedKind = "indirect" | "belief";

/** Reported speech: a quote's fields, `text` the reported clause (neither the cue nor the source), `cue` the words that report it. */
export interface ReportedStatement extends Omit<Quote, "kind"> {
  kind: ReportedKind;
}

export type SpeakerKind = "person" | "organization" | "anonymous";

export interface Speaker {
  id: string;
  /** Fullest form in the article. */
  name: string;
  kind: SpeakerKind;
  role: string | null;
  affiliation: string | null;
  /** Other forms used in the article. */
  aliases: string[];
  /** The sentence that introduced them. */
  evidence: string | null;
}

/** What the engine reads: the article as ordered text blocks. */
export type BlockKind = "paragraph" | "heading" | "blockquote" | "list-item" | "caption";

export interface TextBlock {
  text: string;
  kind: BlockKind;
}
