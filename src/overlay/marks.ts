/**
 * Marks quotes. Preferred: the CSS Custom Highlight API, which never changes
 * the page's DOM: one highlight per palette colour, one for unattributed
 * quotes, one for the quote whose card is open and one for a short flash;
 * the `::highlight()` rules live in one constructed stylesheet adopted by the
 * document (no <style> node). Where the API is missing: minimal inline
 * wrappers (./wrap). Either way `unmark()` leaves the page as it was.
 *
 * Quotes are added in slices (`add`), so a long page is marked over several
 * idle callbacks instead of one long task. In "hover" mode only the active
 * quote is painted. The mode is fixed per instance: a settings change builds
 * new marks.
 */
import type { MarkMode } from "../settings";
import { ACTIVE_COLOUR, FLASH_COLOUR, SPEAKER_COLOURS, UNATTRIBUTED_COLOUR, washAlpha } from "./palette";
import { createWrapper } from "./wrap";

/** Prefix of every highlight name we register, so we never touch a page's own highlights. */
const NAME_PREFIX = "saidby-";
const UNATTRIBUTED_NAME = `${NAME_PREFIX}unattributed`;
const ACTIVE_NAME = `${NAME_PREFIX}active`;
const FLASH_NAME = `${NAME_PREFIX}flash`;
const REPORTED_NAME = `${NAME_PREFIX}reported`;
/** How long a jumped-to quote flashes: long enough to catch the eye after a scroll. */
const FLASH_MS = 1200;
/** Active and flash marks paint above the colour marks. */
const TOP_PRIORITY = 1;

export interface MarkedQuote {
  range: Range;
  /** Palette slot, or null for an unattributed quote. */
  slot: number | null;
  /** Reported speech: a thin grey underline, lighter than a quote's wash. */
  reported?: boolean;
}

export interface Marks {
  /** "highlight" (DOM untouched) or "wrap" (fallback). */
  readonly technique: "highlight" | "wrap";
  /** Marks more quotes (called once per slice). */
  add(quotes: readonly MarkedQuote[]): void;
  /** Emphasise the quote whose card is open (null: none). */
  setActive(range: Range | null): void;
  flash(range: Range): void;
  unmark(): void;
}

export interface MarkOptions {
  mode: MarkMode;
  /** The article sits on a dark background: stronger washes. */
  dark: boolean;
}

/** Reported speech is underlined, never washed: the reader tells the writer's report from the source's own words at a glance. */
function reportedStyle(): Record<string, string> {
  return {
    "text-decoration": `underline solid 1px rgb(${UNATTRIBUTED_COLOUR})`,
    "text-underline-offset": "3px",
  };
}

function slotStyle(slot: number | null, dark: boolean): Record<string, string> {
  // Wash only for speakers: highlight underlines are painted per text fragment and break up at every word.
  if (slot === null) {
    return {
      "text-decoration": `underline dotted 2px rgb(${UNATTRIBUTED_COLOUR})`,
      "text-underline-offset": "3px",
    };
  }
  return { "background-color": `rgb(${SPEAKER_COLOURS[slot]} / ${washAlpha(dark)})` };
}

function css(style: Record<string, string>): string {
  return Object.entries(style)
    .map(([k, v]) => `${k}:${v}`)
    .join(";");
}

function stylesheetText(dark: boolean): string {
  const rules = SPEAKER_COLOURS.map((_, i) => `::highlight(${NAME_PREFIX}${i}){${css(slotStyle(i, dark))}}`);
  rules.push(
    `::highlight(${UNATTRIBUTED_NAME}){${css(slotStyle(null, dark))}}`,
    `::highlight(${REPORTED_NAME}){${css(reportedStyle())}}`,
    `::highlight(${ACTIVE_NAME}){background-color:${ACTIVE_COLOUR}}`,
    `::highlight(${FLASH_NAME}){background-color:${FLASH_COLOUR}}`,
  );
  return rules.join("\n");
}

/** True when this browser can mark text without touching the DOM. */
export function canHighlight(doc: Document): boolean {
  const view = doc.defaultView;
  return !!view && typeof view.Highlight === "function" && !!view.CSS?.highlights && "adoptedStyleSheets" in doc;
}

const nameOf = (q: MarkedQuote): string => (q.reported ? REPORTED_NAME : q.slot === null ? UNATTRIBUTED_NAME : `${NAME_PREFIX}${q.slot}`);

export function createMarks(doc: Document, options: MarkOptions): Marks {
  return canHighlight(doc) ? highlightMarks(doc, options) : wrapMarks(doc, options);
}

function highlightMarks(doc: Document, { mode, dark }: MarkOptions): Marks {
  const registry = doc.defaultView!.CSS.highlights;
  const sheet = new doc.defaultView!.CSSStyleSheet();
  sheet.replaceSync(stylesheetText(dark));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];

  const colours = new Map<string, Highlight>();
  const active = new Highlight();
  active.priority = TOP_PRIORITY;
  const flash = new Highlight();
  flash.priority = TOP_PRIORITY + 1;
  registry.set(ACTIVE_NAME, active);
  registry.set(FLASH_NAME, flash);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  return {
    technique: "highlight",
    add(quotes) {
      for (const q of quotes) {
        const name = nameOf(q);
        let h = colours.get(name);
        if (!h) {
          h = new Highlight();
          colours.set(name, h);
          if (mode === "always") registry.set(name, h);
        }
        h.add(q.range);
      }
    },
    setActive(range) {
      active.clear();
      if (range) active.add(range);
    },
    flash(range) {
      clearTimeout(flashTimer);
      flash.clear();
      flash.add(range);
      flashTimer = setTimeout(() => flash.clear(), FLASH_MS);
    },
    unmark() {
      clearTimeout(flashTimer);
      for (const name of colours.keys()) registry.delete(name);
      colours.clear();
      registry.delete(ACTIVE_NAME);
      registry.delete(FLASH_NAME);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

/**
 * Fallback: wrappers, only in "always" mode (wrapping on every hover would
 * rewrite the page as the pointer moves; in "hover" mode the card alone shows
 * the quote). The active quote gets an outline on its wrappers, the flash a
 * stronger wash. Moving a text node into a wrapper resets live ranges inside
 * it, so each range is set again over its wrappers.
 */
function wrapMarks(doc: Document, { mode, dark }: MarkOptions): Marks {
  const wrapper = createWrapper(doc);
  const byRange = new Map<Range, HTMLElement[]>();
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  let active: HTMLElement[] = [];

  const paint = (els: readonly HTMLElement[], property: string, value: string | null): void => {
    for (const el of els) {
      if (value === null) el.style.removeProperty(property);
      else el.style.setProperty(property, value, "important");
    }
  };

  return {
    technique: "wrap",
    add(quotes) {
      if (mode !== "always") return;
      for (const q of quotes) {
        const els = [...wrapper.wrap(q.range, q.reported ? reportedStyle() : slotStyle(q.slot, dark)).elements];
        const first = els[0]?.firstChild;
        const last = els[els.length - 1]?.lastChild;
        if (first && last) {
          q.range.setStart(first, 0);
          q.range.setEnd(last, last.textContent?.length ?? 0);
        }
        byRange.set(q.range, els);
      }
    },
    setActive(range) {
      paint(active, "outline", null);
      active = range ? (byRange.get(range) ?? []) : [];
      paint(active, "outline", `2px solid ${ACTIVE_COLOUR}`);
    },
    flash(range) {
      const els = byRange.get(range) ?? [];
      const before = els.map((el) => el.style.getPropertyValue("background-color"));
      paint(els, "background-color", FLASH_COLOUR);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => els.forEach((el, i) => paint([el], "background-color", before[i] || null)), FLASH_MS);
    },
    unmark() {
      clearTimeout(flashTimer);
      wrapper.unwrap();
      byRange.clear();
    },
  };
}
