/**
 * Characters that take no room on the page but would split a name or hide a
 * quotation mark from the rules: zero-width spaces and joiners, bidi marks,
 * embeddings, overrides and isolates, soft hyphens, word joiners and
 * byte-order marks. The engine reads each block without them ("Jo\u200dnas"
 * is "Jonas") and maps its offsets back to the text it was given.
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

export interface VisibleText {
  /** The text without its invisible characters. */
  text: string;
  /**
   * The span of the original text between the same visible characters as
   * [start, end) of `text`, with the invisible characters at its edges: the
   * words between two quotation marks are all that stands between them.
   */
  originalSpan(start: number, end: number): [number, number];
}

const unchanged = (start: number, end: number): [number, number] => [start, end];

export function visibleText(original: string): VisibleText {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(original)) return { text: original, originalSpan: unchanged };
  /** For each removed character, in order: its offset in the visible text (non-decreasing). */
  const removedAt: number[] = [];
  const text = original.replace(INVISIBLE, (_match, at: number) => {
    removedAt.push(at - removedAt.length);
    return "";
  });
  /** How many removed characters stand before visible offset `offset` (below: `strictly`) or at it too. */
  const removedBefore = (offset: number, strictly: boolean): number => {
    let lo = 0;
    let hi = removedAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (removedAt[mid]! < offset || (!strictly && removedAt[mid] === offset)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // A start takes in the invisible characters just before it; an end, those just before it too (up to the next visible one).
  return { text, originalSpan: (start, end) => [start + removedBefore(start, true), end + removedBefore(end, false)] };
}
