/**
 * The whole `Attribution` shape checked where it crosses a message boundary
 * (background → content script → popup): every quote and speaker field of the
 * right type, every speaker a quote names present. A reply that is off in any
 * part is not ours, and none of it is shown.
 */
import type { Attribution, Quote, QuoteKind, ReportedKind, ReportedStatement, Speaker, SpeakerKind } from "./core/attribution";

const QUOTE_KINDS: ReadonlySet<string> = new Set<QuoteKind>(["direct", "partial", "block"]);
const REPORTED_KINDS: ReadonlySet<string> = new Set<ReportedKind>(["indirect", "belief"]);
const SPEAKER_KINDS: ReadonlySet<string> = new Set<SpeakerKind>(["person", "organization", "anonymous"]);

type Fields = Record<string, unknown>;

const isFields = (v: unknown): v is Fields => typeof v === "object" && v !== null && !Array.isArray(v);
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === "string";
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

const isQuote = (v: unknown): v is Quote => isQuoted(v, QUOTE_KINDS);
const isReported = (v: unknown): v is ReportedStatement => isQuoted(v, REPORTED_KINDS);

/** A quote's or a reported statement's fields, its kind one of `kinds`. */
function isQuoted(v: unknown, kinds: ReadonlySet<string>): boolean {
  if (!isFields(v)) return false;
  return (
    typeof v.id === "string" &&
    typeof v.text === "string" &&
    typeof v.kind === "string" && kinds.has(v.kind) &&
    isStringOrNull(v.speakerId) &&
    isStringOrNull(v.cue) &&
    isStringOrNull(v.rule) &&
    typeof v.confidence === "number" && v.confidence >= 0 && v.confidence <= 1 &&
    isOffset(v.block) && isOffset(v.start) && isOffset(v.end) && (v.start as number) <= (v.end as number)
  );
}

function isSpeaker(v: unknown): v is Speaker {
  if (!isFields(v)) return false;
  return (
    typeof v.id === "string" &&
    typeof v.name === "string" &&
    typeof v.kind === "string" && SPEAKER_KINDS.has(v.kind) &&
    isStringOrNull(v.role) &&
    isStringOrNull(v.affiliation) &&
    isStringOrNull(v.evidence) &&
    Array.isArray(v.aliases) && v.aliases.every((a) => typeof a === "string")
  );
}

/** `value` as an Attribution when it has the whole shape, otherwise null. */
export function parseAttribution(value: unknown): Attribution | null {
  if (!isFields(value) || !isStringOrNull(value.url) || !isStringOrNull(value.title)) return null;
  const { quotes, speakers, reported } = value;
  if (!Array.isArray(quotes) || !Array.isArray(speakers) || !Array.isArray(reported)) return null;
  if (!quotes.every(isQuote) || !reported.every(isReported) || !speakers.every(isSpeaker)) return null;
  const ids = new Set(speakers.map((s) => s.id));
  if (![...quotes, ...reported].every((q) => q.speakerId === null || ids.has(q.speakerId))) return null;
  return { url: value.url, title: value.title, quotes, speakers, reported };
}
