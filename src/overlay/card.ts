/**
 * The hover card: one host element appended to <html>, a closed shadow root
 * (page scripts and page CSS cannot read or restyle it), `position: fixed`
 * so opening it never shifts the page's layout. Text only, set with
 * `textContent`. Opened from the keyboard (a command, or the popup), it takes
 * the focus, so Tab reaches its two buttons that step through the same
 * speaker's quotes, and gives it back when it closes. The host carries no
 * attribute with the card's words: what it says is only reachable from the
 * extension (`saidby/get-card`).
 */
import type { CardText } from "../describe";

/** Tag of the host element: a custom-element name cannot collide with the page's HTML. */
const HOST_TAG = "saidby-card";
/** Above everything a page is likely to stack (the largest 32-bit z-index). */
const TOP_Z_INDEX = "2147483647";
/** Gap between the quote's line and the card. */
const GAP_PX = 8;
/** Keep the card this far from the viewport's edges. */
const EDGE_PX = 8;

const CARD_CSS = `
:host { all: initial; }
.card {
  pointer-events: auto; animation: saidby-in 120ms ease-out;
  /* Never wider or taller than the viewport, whatever the zoom: at 400% a viewport is 320 CSS pixels wide. */
  box-sizing: border-box; max-width: min(360px, calc(100vw - 16px)); min-width: min(220px, calc(100vw - 16px));
  max-height: calc(100vh - 16px); overflow: auto; padding: 12px 14px;
  border-radius: 10px; border: 1px solid rgb(0 0 0 / 0.12);
  background: #ffffff; color: #1d1d1f; box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
}
.card[hidden] { display: none; }
/* Page text may carry bidi overrides: each line is isolated, so it cannot reorder the card around it. */
p, span { unicode-bidi: isolate; overflow-wrap: anywhere; }
.name { font-weight: 700; font-size: 15px; margin: 0; }
.role { margin: 2px 0 0; color: #44474a; }
.kind { margin: 0 0 4px; font-size: 12px; color: #5f6368; }
.evidence { margin: 8px 0 0; padding-left: 8px; border-left: 3px solid #0f766e; color: #44474a; font-style: italic; }
.meta { margin: 8px 0 0; font-size: 12px; color: #5f6368; }
.meta b { font-weight: 600; }
.nav { display: flex; align-items: center; gap: 6px; margin: 10px 0 0; font-size: 12px; color: #5f6368; }
.nav[hidden] { display: none; }
.nav span { flex: 1; }
button {
  font: inherit; font-size: 13px; line-height: 1; min-width: 28px; padding: 4px 8px; cursor: pointer;
  border: 1px solid rgb(0 0 0 / 0.2); border-radius: 6px; background: transparent; color: inherit;
}
button:hover { background: rgb(0 0 0 / 0.06); }
button:focus-visible { outline: 2px solid #0f766e; outline-offset: 1px; }
button[hidden] { display: none; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid #0f766e; outline-offset: 2px; }
@keyframes saidby-in { from { opacity: 0; transform: translateY(-2px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
@media (prefers-color-scheme: dark) {
  .card { background: #202124; color: #e8eaed; border-color: rgb(255 255 255 / 0.16); box-shadow: 0 6px 24px rgb(0 0 0 / 0.5); }
  .role, .evidence { color: #bdc1c6; }
  .evidence { border-left-color: #4db6ac; }
  .meta, .nav { color: #9aa0a6; }
  button { border-color: rgb(255 255 255 / 0.25); }
  button:hover { background: rgb(255 255 255 / 0.08); }
  button:focus-visible, .card:focus-visible { outline-color: #4db6ac; }
}
`;

/** Where the quote is, in viewport coordinates. */
export interface Anchor {
  /** The whole quote: the card goes below or above it, so it never hides the quote it describes. */
  bounds: DOMRect;
  /** The line the pointer is on: the card's left edge, and its place when the quote is taller than the room around it. */
  line: DOMRect;
}

export interface CardEvents {
  /** A step button was pressed: the previous (-1) or next (1) quote by the same speaker. */
  step(direction: 1 | -1): void;
  /** The pointer entered (true) or left (false) the card. */
  hover(inside: boolean): void;
}

export interface Card {
  /** Shows `text` next to the quote at `anchor`. */
  show(text: CardText, anchor: Anchor): void;
  /** Moves the open card to a new anchor (after a scroll). */
  place(anchor: Anchor): void;
  hide(): void;
  readonly isOpen: boolean;
  /**
   * Moves the focus into the open card (a screen reader reads its label and
   * how many other quotes the speaker has); `hide` gives it back to what had
   * it before.
   */
  focus(): void;
  /** Accessible label and every visible line, in order (for the extension's own `saidby/get-card`). */
  read(): { label: string | null; lines: string[] };
  destroy(): void;
}

function line(doc: Document, className: string): HTMLParagraphElement {
  const p = doc.createElement("p");
  p.className = className;
  return p;
}

function button(doc: Document, text: string, label: string): HTMLButtonElement {
  const b = doc.createElement("button");
  b.type = "button";
  b.textContent = text;
  b.setAttribute("aria-label", label);
  return b;
}

export function createCard(doc: Document, events: CardEvents, signal: AbortSignal): Card {
  const host = doc.createElement(HOST_TAG);
  const hostStyle: Record<string, string> = {
    all: "initial",
    position: "fixed",
    top: "0",
    left: "0",
    "z-index": TOP_Z_INDEX,
    "pointer-events": "none",
    display: "block",
  };
  for (const [k, v] of Object.entries(hostStyle)) host.style.setProperty(k, v, "important");
  const root = host.attachShadow({ mode: "closed" });

  const style = doc.createElement("style");
  style.textContent = CARD_CSS;
  const card = doc.createElement("div");
  card.className = "card";
  // A group, not a tooltip: it holds buttons. Labelled by the quote's accessible label.
  card.setAttribute("role", "group");
  card.tabIndex = -1;
  card.hidden = true;
  const kind = line(doc, "kind");
  const name = line(doc, "name");
  const role = line(doc, "role");
  const evidence = line(doc, "evidence");
  const cue = line(doc, "meta");
  const confidence = line(doc, "meta");
  const nav = doc.createElement("div");
  nav.className = "nav";
  const others = doc.createElement("span");
  others.id = "others";
  card.setAttribute("aria-describedby", others.id);
  const previous = button(doc, "‹", "Previous quote by this speaker");
  const next = button(doc, "›", "Next quote by this speaker");
  nav.append(others, previous, next);
  card.append(kind, name, role, evidence, cue, confidence, nav);
  previous.addEventListener("click", () => events.step(-1), { signal });
  next.addEventListener("click", () => events.step(1), { signal });
  // Firefox fires no click when Enter or Space is pressed on a button a content script made (seen in
  // Firefox ESR 153), so the keys are handled here, in both browsers; preventDefault keeps Chromium's click from doubling it.
  card.addEventListener(
    "keydown",
    (event) => {
      const direction = event.target === previous ? -1 : event.target === next ? 1 : 0;
      if (direction === 0 || (event.key !== "Enter" && event.key !== " ")) return;
      event.preventDefault();
      events.step(direction);
    },
    { signal },
  );
  card.addEventListener("pointerenter", () => events.hover(true), { signal });
  card.addEventListener("pointerleave", () => events.hover(false), { signal });
  root.append(style, card);
  doc.documentElement.append(host);

  let open = false;
  let label: string | null = null;
  /** What had the focus before the card took it, to give it back. */
  let focusedBefore: Element | null = null;

  function setLine(el: HTMLElement, label: string | null, value: string | null): void {
    el.hidden = !value;
    el.textContent = "";
    if (!value) return;
    if (label) {
      const b = doc.createElement("b");
      b.textContent = label;
      el.append(b, " ", value);
    } else {
      el.textContent = value;
    }
  }

  function place({ bounds, line }: Anchor): void {
    const view = doc.defaultView;
    const vw = view?.innerWidth ?? 0;
    const vh = view?.innerHeight ?? 0;
    const { width, height } = card.getBoundingClientRect();
    const left = Math.max(EDGE_PX, Math.min(line.left, vw - width - EDGE_PX));
    const fitsBelow = (y: number): boolean => y + height <= vh - EDGE_PX;
    const fitsAbove = (y: number): boolean => y >= EDGE_PX;
    const belowQuote = bounds.bottom + GAP_PX;
    const aboveQuote = bounds.top - GAP_PX - height;
    const belowLine = line.bottom + GAP_PX;
    const aboveLine = line.top - GAP_PX - height;
    const top = fitsBelow(belowQuote)
      ? belowQuote
      : fitsAbove(aboveQuote)
        ? aboveQuote
        : fitsBelow(belowLine) || !fitsAbove(aboveLine)
          ? belowLine
          : aboveLine;
    host.style.setProperty("transform", `translate(${Math.round(left)}px, ${Math.round(top)}px)`, "important");
  }

  function hide(): void {
    if (!open) return;
    const hadFocus = root.activeElement !== null;
    card.hidden = true;
    open = false;
    label = null;
    const before = focusedBefore as HTMLElement | null;
    focusedBefore = null;
    if (hadFocus && before?.isConnected && typeof before.focus === "function") before.focus({ preventScroll: true });
  }

  return {
    show(text, anchor) {
      label = text.label;
      card.setAttribute("aria-label", text.label);
      setLine(kind, null, text.kind);
      setLine(name, null, text.name);
      setLine(role, null, text.role);
      setLine(evidence, null, text.evidence);
      setLine(cue, "Attributed by:", text.cue ? `“${text.cue}”` : null);
      setLine(confidence, "Confidence:", text.confidence);
      nav.hidden = !text.others;
      others.textContent = text.others ?? "";
      previous.hidden = next.hidden = !text.canStep;
      card.hidden = false;
      open = true;
      place(anchor);
    },
    place(anchor) {
      if (open) place(anchor);
    },
    hide,
    get isOpen() {
      return open;
    },
    focus() {
      // Already inside (on a step button): stay there, so the button can be pressed again.
      if (!open || root.activeElement !== null) return;
      focusedBefore = doc.activeElement;
      card.focus({ preventScroll: true });
    },
    read() {
      if (!open) return { label: null, lines: [] };
      const lines = [kind, name, role, evidence, cue, confidence, others]
        .filter((el) => !el.hidden && !(el === others && nav.hidden))
        .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
        .filter((t) => t.length > 0);
      return { label, lines };
    },
    destroy() {
      hide();
      host.remove();
    },
  };
}
