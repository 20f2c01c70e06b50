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
  /** Where the character at `offset` of `text` stands in the original. */
  originalStart(offset: number): number;
  /** Where a span ending (exclusive) at `offset` of `text` ends in the original. */
  originalEnd(offset: number): number;
}

const unchanged = (offset: number): number => offset;

export function visibleText(original: string): VisibleText {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(original)) return { text: original, originalStart: unchanged, originalEnd: unchanged };
  /** For each removed character, in order: its offset in the visible text (non-decreasing). */
  const removedAt: number[] = [];
  const text = original.replace(INVISIBLE, (_match, at: number) => {
    removedAt.push(at - removedAt.length);
    return "";
  });
  /** How many removed characters stand at or before visible offset `offset`. */
  const removedThrough = (offset: number): number => {
    let lo = 0;
    let hi = removedAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (removedAt[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    text,
    originalStart: (offset) => offset + removedThrough(offset),
    originalEnd: (offset) => (offset === 0 ? 0 : offset - 1 + removedThrough(offset - 1) + 1),
  };
}
