/**
 * Everything the content script shows on an article: marks, the hover card,
 * moving between quotes. Built from the extraction result; every listener is
 * tied to `signal`, and `destroy()` leaves the page as it was.
 *
 * Ranges and marks are made in slices of at most SLICE_MS, the first at once
 * and the rest in idle callbacks, so a page with thousands of quotes never
 * holds the main thread for one long task here.
 */
import type { Attribution, Speaker } from "../core/attribution";
import type { CardReply } from "../messages";
import type { PageAttribution } from "../page/extract";
import { rangeFor } from "../page/ranges";
import type { MarkMode, ReportedMode } from "../settings";
import { createCard, type Anchor } from "./card";
import { cardText, isReported, sameSpeakerStep, speakerPosition, type Said } from "../describe";
import { createHitTester } from "./hit-test";
import { watchEscape } from "./keyboard";
import { createMarks, type MarkedQuote } from "./marks";
import { colourSlot, isDarkColour } from "./palette";

/** Named cap for pathological pages: past it, quotes are still listed in the popup but not marked or hit-tested. */
const MAX_MARKED_QUOTES = 2000;
/** Where a jumped-to quote lands, as a share of the viewport height from the top (reading position, not the very top). */
const SCROLL_TARGET = 0.3;
/** Longest stretch of range-making and marking in one go; well under the 50 ms that counts as a long task. */
const SLICE_MS = 8;
/** The pointer may leave the quote for this long (e.g. on its way to the card's buttons) before the card closes. */
const CLOSE_GRACE_MS = 300;
/** Ancestors of the article to look at for its background colour (light or dark page). */
const MAX_BACKGROUND_DEPTH = 12;

interface Placed {
  quote: Said;
  speaker: Speaker | null;
  range: Range;
}

export interface Overlay {
  readonly attribution: Attribution;
  /** Number of quotes marked so far (all of them once the idle slices are done). */
  readonly marked: number;
  /** "highlight" (page DOM untouched) or "wrap" (fallback wrappers). */
  readonly technique: "highlight" | "wrap";
  /** Scrolls quote `id` into view, flashes it and opens its card. */
  goTo(id: string): boolean;
  /** Moves to the next (1) or previous (-1) quote. */
  step(direction: 1 | -1): boolean;
  /** What the card shows now. */
  card(): CardReply;
  /** Every marked quote is still in the page with the same text (else the page changed under the marks). */
  intact(): boolean;
  destroy(): void;
}

export interface OverlayOptions {
  mode: MarkMode;
  /** Reported speech: not marked, marked, or marked and walked by the quote keys with the quotes. */
  reported: ReportedMode;
  /** Runs `fn`, which changes the page's DOM (fallback wrappers), so that the page watcher does not see it as the page's change. */
  quietly(fn: () => void): void;
}

type Guard = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;

/** Whether the article is drawn on a dark background: its nearest opaque ancestor background. */
function onDarkPage(root: Element): boolean {
  const view = root.ownerDocument.defaultView;
  if (!view) return false;
  let el: Element | null = root;
  for (let depth = 0; el && depth < MAX_BACKGROUND_DEPTH; depth++, el = el.parentElement) {
    const dark = isDarkColour(view.getComputedStyle(el).backgroundColor);
    if (dark !== null) return dark;
  }
  // No opaque background: the canvas, which follows the page's color-scheme.
  return view.getComputedStyle(root.ownerDocument.documentElement).colorScheme === "dark";
}

/** Page order: block, then offset. */
const byPosition = (a: Said, b: Said): number => a.block - b.block || a.start - b.start;

/** Whether two spans share characters. */
const overlaps = (a: Said, b: Said): boolean => a.block === b.block && a.start < b.end && b.start < a.end;

const idle = (win: Window, fn: () => void): (() => void) => {
  if (typeof win.requestIdleCallback === "function") {
    const id = win.requestIdleCallback(fn, { timeout: 500 });
    return () => win.cancelIdleCallback(id);
  }
  const id = win.setTimeout(fn, 0);
  return () => win.clearTimeout(id);
};

export function createOverlay(
  doc: Document,
  { article, blocks, attribution }: PageAttribution,
  options: OverlayOptions,
  signal: AbortSignal,
  guard: Guard,
): Overlay {
  const win = doc.defaultView!;
  const speakers = new Map(attribution.speakers.map((s) => [s.id, s]));
  const speakerOrder = new Map(attribution.speakers.map((s, i) => [s.id, i]));
  // Quotes first, so that where a partly quoted report holds a quote, the pointer finds the quote.
  const reported = options.reported === "off" ? [] : attribution.reported;
  const todo: Said[] = [...attribution.quotes.slice(0, MAX_MARKED_QUOTES), ...reported.slice(0, MAX_MARKED_QUOTES)];
  const placed: Placed[] = [];
  const ranges: Range[] = [];
  /** Each range's text when it was made, to notice a page that changed under it. */
  const texts: string[] = [];
  const marks = createMarks(doc, { mode: options.mode, dark: onDarkPage(article.root) });
  const hits = createHitTester(ranges);
  let next = 0;
  let cancelIdle: (() => void) | null = null;

  /** Makes ranges and marks for the next quotes until SLICE_MS is spent; schedules the rest. */
  const placeSome = guard(() => {
    cancelIdle = null;
    const until = performance.now() + SLICE_MS;
    const batch: MarkedQuote[] = [];
    while (next < todo.length && performance.now() < until) {
      const quote = todo[next++]!;
      const block = blocks[quote.block];
      const range = block ? rangeFor(block, quote.start, quote.end) : null;
      // Wrappers cannot nest: in the fallback a report that holds a quote (or another report) stays unmarked.
      if (!range || (marks.technique === "wrap" && isReported(quote) && placed.some((p) => overlaps(p.quote, quote)))) continue;
      const order = quote.speakerId === null ? undefined : speakerOrder.get(quote.speakerId);
      placed.push({ quote, speaker: quote.speakerId ? (speakers.get(quote.speakerId) ?? null) : null, range });
      ranges.push(range);
      batch.push({ range, slot: order === undefined ? null : colourSlot(order), reported: isReported(quote) });
    }
    options.quietly(() => marks.add(batch));
    // After marking: the fallback resets each range over its wrappers.
    for (const b of batch) texts.push(b.range.toString());
    hits.invalidate();
    if (next < todo.length && !signal.aborted) cancelIdle = idle(win, placeSome);
  });

  let current = -1;
  /** The pointer has been on the open card's quote or on the card: leaving them closes it (after the grace delay). */
  let openedByPointer = false;
  let overCard = false;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;

  const cancelClose = (): void => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const close = (): void => {
    cancelClose();
    card.hide();
    marks.setActive(null);
    escape.disarm();
    openedByPointer = false;
    overCard = false;
    current = -1;
  };
  const scheduleClose = (): void => {
    if (closeTimer !== undefined) return;
    closeTimer = setTimeout(
      guard(() => {
        closeTimer = undefined;
        if (!overCard) close();
      }),
      CLOSE_GRACE_MS,
    );
  };

  const anchorOf = (index: number, y: number): Anchor | null => {
    const line = hits.rectNear(index, y);
    const bounds = hits.bounds(index);
    return line && bounds ? { line, bounds } : null;
  };

  /** The placed items of the same family as `index` (quotes, or reported statements), and where `index` is among them. */
  const family = (index: number): { items: Said[]; at: number; indices: number[] } => {
    const reportedHere = isReported(placed[index]!.quote);
    const indices = placed.flatMap((p, i) => (isReported(p.quote) === reportedHere ? [i] : []));
    return { items: indices.map((i) => placed[i]!.quote), at: indices.indexOf(index), indices };
  };

  const textFor = (index: number): ReturnType<typeof cardText> => {
    const { items, at } = family(index);
    return cardText(placed[index]!.quote, placed[index]!.speaker, speakerPosition(items, at));
  };

  const open = (index: number, anchor: Anchor, byPointer: boolean): void => {
    const p = placed[index];
    if (!p) return;
    if (!byPointer) dismissed = -1;
    const text = textFor(index);
    cancelClose();
    card.show(text, anchor);
    marks.setActive(p.range);
    escape.arm();
    current = index;
    openedByPointer = byPointer;
    if (!byPointer) card.focus();
  };

  const reveal = (index: number): boolean => {
    const p = placed[index];
    if (!p) return false;
    const before = p.range.getBoundingClientRect();
    const target = win.innerHeight * SCROLL_TARGET;
    // Instant: no scrolling animation at all, so nothing to turn off for prefers-reduced-motion.
    if (before.top < 0 || before.bottom > win.innerHeight) win.scrollBy({ top: before.top - target, behavior: "instant" });
    hits.invalidate();
    marks.flash(p.range);
    const box = p.range.getBoundingClientRect();
    open(index, anchorOf(index, 0) ?? { line: box, bounds: box }, false);
    return true;
  };

  const card = createCard(
    doc,
    {
      step: guard((direction: 1 | -1) => {
        const { items, at, indices } = family(current);
        const to = sameSpeakerStep(items, at, direction);
        if (to >= 0) reveal(indices[to]!);
      }),
      hover: guard((inside: boolean) => {
        overCard = inside;
        if (inside) {
          cancelClose();
          openedByPointer = true;
        } else if (openedByPointer) {
          scheduleClose();
        }
      }),
    },
    signal,
  );
  /** The quote whose card Escape closed: it stays closed while the pointer stays on it (as a native tooltip does). */
  let dismissed = -1;
  const escape = watchEscape(win, signal, () => {
    dismissed = current;
    close();
  });

  // Pointer: at most one hit test per animation frame.
  let frame = 0;
  let pointer: { x: number; y: number } | null = null;
  const onPointer = (): void => {
    if (!pointer) return;
    const index = hits.at(pointer.x, pointer.y);
    if (index !== dismissed) dismissed = -1;
    else if (index >= 0) return;
    if (index >= 0) {
      cancelClose();
      if (card.isOpen && index === current) {
        openedByPointer = true;
        return;
      }
      const anchor = anchorOf(index, pointer.y);
      if (anchor) open(index, anchor, true);
    } else if (card.isOpen && openedByPointer && !overCard) {
      scheduleClose();
    }
  };
  const onFrame = guard(() => {
    frame = 0;
    onPointer();
  });
  doc.addEventListener(
    "pointermove",
    (e) => {
      pointer = { x: e.clientX, y: e.clientY };
      if (!frame) frame = win.requestAnimationFrame(onFrame);
    },
    { passive: true, capture: true, signal },
  );

  // Scrolling or resizing moves every rect: measure again, keep the open card on its quote.
  let layoutFrame = 0;
  const onLayoutFrame = guard(() => {
    layoutFrame = 0;
    if (!card.isOpen) return;
    const anchor = anchorOf(current, pointer?.y ?? 0);
    if (anchor) card.place(anchor);
    // The page moved under a still pointer: it may have left the quote.
    if (openedByPointer) onPointer();
  });
  const onLayout = (): void => {
    hits.invalidate();
    if (!layoutFrame) layoutFrame = win.requestAnimationFrame(onLayoutFrame);
  };
  win.addEventListener("scroll", onLayout, { passive: true, capture: true, signal });
  win.addEventListener("resize", onLayout, { passive: true, signal });

  const destroy = (): void => {
    cancelIdle?.();
    cancelClose();
    if (frame) win.cancelAnimationFrame(frame);
    if (layoutFrame) win.cancelAnimationFrame(layoutFrame);
    escape.disarm();
    options.quietly(() => marks.unmark());
    card.destroy();
  };
  signal.addEventListener("abort", destroy, { once: true });

  placeSome();

  return {
    attribution,
    get marked() {
      return placed.length;
    },
    technique: marks.technique,
    goTo(id) {
      return reveal(placed.findIndex((p) => p.quote.id === id));
    },
    step(direction) {
      // The quote keys walk quotes only, in page order, unless the reader asked for reported speech too.
      const walk = placed.flatMap((p, i) => (options.reported === "walked" || !isReported(p.quote) ? [i] : [])).sort((a, b) => byPosition(placed[a]!.quote, placed[b]!.quote));
      if (walk.length === 0) return false;
      const at = walk.indexOf(current);
      const from = at < 0 ? (direction === 1 ? -1 : 0) : at;
      return reveal(walk[(from + direction + walk.length) % walk.length]!);
    },
    intact() {
      return ranges.every((r, i) => r.startContainer.isConnected && r.endContainer.isConnected && r.toString() === texts[i]);
    },
    card() {
      const { label, lines } = card.read();
      return { open: card.isOpen, quoteId: card.isOpen ? (placed[current]?.quote.id ?? null) : null, label, lines };
    },
    destroy,
  };
}
