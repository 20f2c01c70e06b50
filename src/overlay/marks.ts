/**
 * Marks quotes with the CSS Custom Highlight API: the page's DOM is never
 * changed. One highlight per palette colour, one for unattributed quotes, one
 * for the quote whose card is open and one for a short flash. The
 * `::highlight()` rules live in one constructed stylesheet adopted by the
 * document (no <style> node). `unmark()` removes every highlight and the sheet.
 */
import { SPEAKER_COLOURS, UNATTRIBUTED_COLOUR, WASH_ALPHA } from "./palette";

/** Prefix of every highlight name we register, so we never touch a page's own highlights. */
const NAME_PREFIX = "saidby-";
const UNATTRIBUTED_NAME = `${NAME_PREFIX}unattributed`;
const ACTIVE_NAME = `${NAME_PREFIX}active`;
const FLASH_NAME = `${NAME_PREFIX}flash`;
/** How long a jumped-to quote flashes: long enough to catch the eye after a scroll. */
const FLASH_MS = 1200;
/** Active and flash marks paint above the colour marks. */
const TOP_PRIORITY = 1;

export interface MarkedQuote {
  range: Range;
  /** Palette slot, or null for an unattributed quote. */
  slot: number | null;
}

export interface Marks {
  /** Emphasise the quote whose card is open (null: none). */
  setActive(range: Range | null): void;
  flash(range: Range): void;
  unmark(): void;
}

function stylesheetText(): string {
  const rules = SPEAKER_COLOURS.map(
    (rgb, i) =>
      // Wash only: highlight underlines are painted per text fragment and break up at every word.
      `::highlight(${NAME_PREFIX}${i}){background-color:rgb(${rgb} / ${WASH_ALPHA})}`,
  );
  rules.push(
    `::highlight(${UNATTRIBUTED_NAME}){text-decoration:underline dotted 2px rgb(${UNATTRIBUTED_COLOUR});text-underline-offset:3px}`,
    `::highlight(${ACTIVE_NAME}){background-color:rgb(255 214 0 / 0.55)}`,
    `::highlight(${FLASH_NAME}){background-color:rgb(255 140 0 / 0.7)}`,
  );
  return rules.join("\n");
}

/** True when this browser can mark text without touching the DOM. */
export function canMark(doc: Document): boolean {
  const view = doc.defaultView;
  return !!view && typeof view.Highlight === "function" && !!view.CSS?.highlights && "adoptedStyleSheets" in doc;
}

/** Marks every quote; returns null (nothing marked, nothing changed) when the browser lacks the API. */
export function markQuotes(doc: Document, quotes: readonly MarkedQuote[]): Marks | null {
  if (!canMark(doc)) return null;
  const registry = CSS.highlights;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(stylesheetText());
  doc.adoptedStyleSheets.push(sheet);

  const names: string[] = [];
  const bySlot = new Map<string, Range[]>();
  for (const q of quotes) {
    const name = q.slot === null ? UNATTRIBUTED_NAME : `${NAME_PREFIX}${q.slot}`;
    const list = bySlot.get(name) ?? [];
    list.push(q.range);
    bySlot.set(name, list);
  }
  for (const [name, ranges] of bySlot) {
    registry.set(name, new Highlight(...ranges));
    names.push(name);
  }
  const active = new Highlight();
  active.priority = TOP_PRIORITY;
  const flash = new Highlight();
  flash.priority = TOP_PRIORITY + 1;
  registry.set(ACTIVE_NAME, active);
  registry.set(FLASH_NAME, flash);
  names.push(ACTIVE_NAME, FLASH_NAME);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  return {
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
      for (const name of names) registry.delete(name);
      const i = doc.adoptedStyleSheets.indexOf(sheet);
      if (i >= 0) doc.adoptedStyleSheets.splice(i, 1);
    },
  };
}
