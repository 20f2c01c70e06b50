/**
 * Everything the content script shows on an article: marks, the hover card,
 * moving between quotes. Built from the extraction result; every listener is
 * tied to `signal`, and `destroy()` leaves the page as it was.
 */
import type { Attribution, Quote, Speaker } from "../core/attribution";
import type { PageAttribution } from "../page/extract";
import { rangeFor } from "../page/ranges";
import { createCard, type Anchor } from "./card";
import { cardText } from "./describe";
import { createHitTester } from "./hit-test";
import { watchEscape } from "./keyboard";
import { markQuotes, type MarkedQuote } from "./marks";
import { colourSlot } from "./palette";

/** Named cap for pathological pages: past it, quotes are still listed in the popup but not marked or hit-tested. */
const MAX_MARKED_QUOTES = 2000;
/** Where a jumped-to quote lands, as a share of the viewport height from the top (reading position, not the very top). */
const SCROLL_TARGET = 0.3;

interface Placed {
  quote: Quote;
  speaker: Speaker | null;
  range: Range;
}

export interface Overlay {
  readonly attribution: Attribution;
  /** Number of quotes the page shows marks for. */
  readonly marked: number;
  /** Scrolls quote `id` into view, flashes it and opens its card. */
  goTo(id: string): boolean;
  /** Moves to the next (1) or previous (-1) quote. */
  step(direction: 1 | -1): boolean;
  destroy(): void;
}

export function createOverlay(
  doc: Document,
  { blocks, attribution }: PageAttribution,
  signal: AbortSignal,
  guard: <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void,
): Overlay {
  const win = doc.defaultView!;
  const speakers = new Map(attribution.speakers.map((s) => [s.id, s]));
  const speakerOrder = new Map(attribution.speakers.map((s, i) => [s.id, i]));
  const placed: Placed[] = [];
  for (const quote of attribution.quotes.slice(0, MAX_MARKED_QUOTES)) {
    const block = blocks[quote.block];
    const range = block ? rangeFor(block, quote.start, quote.end) : null;
    if (!range) continue;
    placed.push({ quote, speaker: quote.speakerId ? (speakers.get(quote.speakerId) ?? null) : null, range });
  }
  const marked: MarkedQuote[] = placed.map((p) => ({
    range: p.range,
    slot: p.quote.speakerId !== null && speakerOrder.has(p.quote.speakerId) ? colourSlot(speakerOrder.get(p.quote.speakerId)!) : null,
  }));
  const marks = markQuotes(doc, marked);
  const hits = createHitTester(placed.map((p) => p.range));
  const card = createCard(doc);
  let current = -1;
  /** Whether the open card follows the pointer (hover) or was opened by a command (stays until Escape). */
  let openedByPointer = false;

  const close = (): void => {
    card.hide();
    marks?.setActive(null);
    escape.disarm();
    openedByPointer = false;
  };
  const escape = watchEscape(win, signal, close);

  const anchorOf = (index: number, y: number): Anchor | null => {
    const line = hits.rectNear(index, y);
    const bounds = hits.bounds(index);
    return line && bounds ? { line, bounds } : null;
  };

  const open = (index: number, anchor: Anchor, byPointer: boolean): void => {
    const p = placed[index];
    if (!p) return;
    const text = cardText(p.quote, p.speaker);
    card.show(text, anchor);
    marks?.setActive(p.range);
    escape.arm();
    current = index;
    openedByPointer = byPointer;
    if (!byPointer) card.announce(`${text.label}. ${p.quote.text}`);
  };

  const reveal = (index: number): boolean => {
    const p = placed[index];
    if (!p) return false;
    const before = p.range.getBoundingClientRect();
    const target = win.innerHeight * SCROLL_TARGET;
    if (before.top < 0 || before.bottom > win.innerHeight) win.scrollBy({ top: before.top - target, behavior: "instant" });
    hits.invalidate();
    marks?.flash(p.range);
    const box = p.range.getBoundingClientRect();
    open(index, anchorOf(index, 0) ?? { line: box, bounds: box }, false);
    return true;
  };

  // Pointer: at most one hit test per animation frame.
  let frame = 0;
  let pointer = { x: 0, y: 0 };
  const onFrame = guard(() => {
    frame = 0;
    const index = hits.at(pointer.x, pointer.y);
    if (index >= 0) {
      if (!card.isOpen || index !== current || openedByPointer) {
        const anchor = anchorOf(index, pointer.y);
        if (anchor && !(card.isOpen && index === current)) open(index, anchor, true);
      }
    } else if (card.isOpen && openedByPointer) {
      close();
    }
  });
  doc.addEventListener(
    "pointermove",
    (e) => {
      pointer = { x: e.clientX, y: e.clientY };
      if (!frame) frame = win.requestAnimationFrame(onFrame);
    },
    { passive: true, capture: true, signal },
  );

  // Scrolling or resizing moves every rect: measure again, keep an open card on its quote.
  let layoutFrame = 0;
  const onLayoutFrame = guard(() => {
    layoutFrame = 0;
    if (!card.isOpen) return;
    if (openedByPointer) return close();
    const anchor = anchorOf(current, 0);
    if (anchor) card.place(anchor);
  });
  const onLayout = (): void => {
    hits.invalidate();
    if (!layoutFrame) layoutFrame = win.requestAnimationFrame(onLayoutFrame);
  };
  win.addEventListener("scroll", onLayout, { passive: true, capture: true, signal });
  win.addEventListener("resize", onLayout, { passive: true, signal });

  const destroy = (): void => {
    if (frame) win.cancelAnimationFrame(frame);
    if (layoutFrame) win.cancelAnimationFrame(layoutFrame);
    escape.disarm();
    marks?.unmark();
    card.destroy();
  };
  signal.addEventListener("abort", destroy, { once: true });

  return {
    attribution,
    marked: placed.length,
    goTo(id) {
      return reveal(placed.findIndex((p) => p.quote.id === id));
    },
    step(direction) {
      if (placed.length === 0) return false;
      const from = current < 0 ? (direction === 1 ? -1 : 0) : current;
      return reveal((from + direction + placed.length) % placed.length);
    },
    destroy,
  };
}
