/**
 * The one typed message contract between the content script, the background
 * and the popup. Nothing else crosses between them. Every receiver runs what
 * arrives through `parseMessage` and ignores anything that does not match a
 * known shape exactly (see DESIGN.md, Safety).
 */
import type { Attribution, BlockKind, TextBlock } from "./core/attribution";
import { parseAttribution } from "./attribution-shape";

/** Popup → content script: the page's Attribution, or why there is none. */
export interface GetAttribution {
  type: "saidby/get-attribution";
}
/** Popup → content script: bring one quote into view and flash it. */
export interface ScrollTo {
  type: "saidby/scroll-to";
  quoteId: string;
}
/** Background → content script: a keyboard command, move to the next or previous quote. */
export interface Step {
  type: "saidby/step";
  direction: 1 | -1;
}
/** Content script → background: how many quotes the page has, for the badge. */
export interface Count {
  type: "saidby/count";
  count: number;
}

/**
 * Popup (or a test driving it) → content script: what the hover card shows now.
 * The card lives in a closed shadow root and the page cannot read it; this is
 * the only way out, and only the extension's own contexts can ask.
 */
export interface GetCard {
  type: "saidby/get-card";
}

/**
 * Content script → background: the article's text blocks, for the engine.
 * The engine runs in the background so that its work never lands on the
 * page's main thread, and its code stays warm from one page to the next.
 */
export interface Attribute {
  type: "saidby/attribute";
  url: string | null;
  title: string | null;
  blocks: TextBlock[];
}

export type Message = GetAttribution | ScrollTo | Step | Count | GetCard | Attribute;

/** What the background answers to `saidby/attribute`. */
export type AttributeReply = { attribution: Attribution } | { error: string };

/** What the content script answers to `saidby/get-card`. */
export interface CardReply {
  open: boolean;
  /** The quote the card describes, null when closed. */
  quoteId: string | null;
  /** Its accessible label ("Quote by Ana Ruiz, Brookings Institution"), null when closed. */
  label: string | null;
  /** Every line the card shows, in order, as plain text (empty when closed). */
  lines: string[];
}

/** What the content script answers to `saidby/get-attribution`. */
export type AttributionReply =
  /** `site`: the publication's own name for itself (og:site_name), for citations; the contract has no field for it. */
  | { status: "ok"; attribution: Attribution; site?: string | null }
  | { status: "not-article" }
  | { status: "error"; message: string };

/** What the content script answers to `saidby/scroll-to` and `saidby/step`. */
export interface MoveReply {
  found: boolean;
}

/** Longest quote id we accept; ids are short engine-made strings, anything longer is not ours. */
const MAX_ID_LENGTH = 100;
/** Longest publication name we keep; a real one is a few words. */
const MAX_SITE_LENGTH = 200;
/** The block kinds the engine knows; a block of any other kind makes the whole message unknown. */
const BLOCK_KINDS: ReadonlySet<string> = new Set<BlockKind>(["paragraph", "heading", "blockquote", "list-item", "caption"]);
/** Upper bound for a badge count; a larger number cannot come from a real page. */
const MAX_COUNT = 100_000;

/** The message if `value` has exactly one of the known shapes, otherwise null. */
export function parseMessage(value: unknown): Message | null {
  if (typeof value !== "object" || value === null) return null;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case "saidby/get-attribution":
    case "saidby/get-card":
      return { type: m.type };
    case "saidby/scroll-to":
      return typeof m.quoteId === "string" && m.quoteId.length > 0 && m.quoteId.length <= MAX_ID_LENGTH
        ? { type: m.type, quoteId: m.quoteId }
        : null;
    case "saidby/step":
      return m.direction === 1 || m.direction === -1 ? { type: m.type, direction: m.direction } : null;
    case "saidby/count":
      return Number.isInteger(m.count) && (m.count as number) >= 0 && (m.count as number) <= MAX_COUNT
        ? { type: m.type, count: m.count as number }
        : null;
    case "saidby/attribute": {
      const blocks = textBlocks(m.blocks);
      if (!blocks) return null;
      const url = typeof m.url === "string" ? m.url : null;
      const title = typeof m.title === "string" ? m.title : null;
      return { type: m.type, url, title, blocks };
    }
    default:
      return null;
  }
}

function textBlocks(value: unknown): TextBlock[] | null {
  if (!Array.isArray(value)) return null;
  const blocks: TextBlock[] = [];
  for (const b of value as unknown[]) {
    if (typeof b !== "object" || b === null) return null;
    const { text, kind } = b as Record<string, unknown>;
    if (typeof text !== "string" || typeof kind !== "string" || !BLOCK_KINDS.has(kind)) return null;
    blocks.push({ text, kind: kind as BlockKind });
  }
  return blocks;
}

/** The reply if `value` is a well-formed AttributeReply; anything else reads as an error. */
export function parseAttributeReply(value: unknown): AttributeReply {
  if (typeof value !== "object" || value === null) return { error: "no reply from the background" };
  const r = value as Record<string, unknown>;
  if (typeof r.error === "string") return { error: r.error };
  const attribution = parseAttribution(r.attribution);
  return attribution ? { attribution } : { error: "malformed reply from the background" };
}

/** The reply if `value` is a well-formed AttributionReply, otherwise null (the popup shows an error). */
export function parseAttributionReply(value: unknown): AttributionReply | null {
  if (typeof value !== "object" || value === null) return null;
  const r = value as Record<string, unknown>;
  if (r.status === "not-article") return { status: "not-article" };
  if (r.status === "error") return { status: "error", message: typeof r.message === "string" ? r.message : "" };
  const attribution = r.status === "ok" ? parseAttribution(r.attribution) : null;
  if (!attribution) return null;
  const site = typeof r.site === "string" && r.site.trim() ? r.site.trim().slice(0, MAX_SITE_LENGTH) : null;
  return { status: "ok", attribution, site };
}
