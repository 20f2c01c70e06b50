/**
 * Quotation spans in one block of text. Double marks of any shape pair with
 * each other (writers mix "…” and “…"); single marks count only outside
 * double ones (inside, they are nested quotes and belong to the outer quote).
 */
import { isLower, isWordChar } from "./characters";
import { closesGlued, isApostrophe, MARK_GLYPHS, markRoles, type MarkFamily } from "./quote-marks";

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the quotation runs on past the block (multi-paragraph quotes). */
  close: number;
  /** The words inside the marks, whitespace trimmed. */
  start: number;
  end: number;
  family: MarkFamily;
}

/** "rock 'n' roll", "'s'": too short to be anyone's words. */
const MIN_INNER_LETTERS = 2;
/** An unclosed single mark is far more often an apostrophe than a quotation. */
const SINGLE_MARKS_MAY_RUN_ON = false;

export function findQuoteSpans(original: string): QuoteSpan[] {
  const text = withDoubledSinglesAsDoubles(original);
  const marks = markPositions(text);
  if (marks.length === 0) return [];
  const doubles = pairMarks(text, marks, "double", []);
  const singles = pairMarks(text, marks, "single", doubles);
  if (text !== original) for (const span of doubles) coverDoubledSingles(original, span);
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}

/** A quotation opened or closed by ''…'' spans both marks of each pair, so no stray mark is left beside it for the cue reader to trip on. */
function coverDoubledSingles(original: string, span: QuoteSpan): void {
  if (span.open > 0 && original[span.open - 1] === original[span.open] && MARK_GLYPHS[original[span.open]!]?.family === "single") span.open--;
  if (span.close !== -1 && original[span.close + 1] === original[span.close] && MARK_GLYPHS[original[span.close]!]?.family === "single") span.close++;
}

/**
 * ‘‘…’’ and ''…'': two single marks typed for one double. Rewritten, for
 * pairing only, as a space and a double mark (same length, so every offset
 * still points into the original text).
 */
function withDoubledSinglesAsDoubles(text: string): string {
  if (!/(\u2018\u2018|\u2019\u2019|'')/u.test(text)) return text;
  return text.replace(/\u2018\u2018|\u2019\u2019|''/gu, (pair, at: number) => {
    const opens = pair[0] === "\u2018" || (pair[0] === "'" && (at === 0 || /\s/u.test(text[at - 1]!)));
    return opens ? " \u201C" : "\u201D ";
  });
}

/** The character codes of the marks (each one UTF-16 unit): a text in another script is read by code, not by a string per character. */
const MARK_CODES: ReadonlySet<number> = new Set(Object.keys(MARK_GLYPHS).map((mark) => mark.charCodeAt(0)));

/** Where the text has any quotation-mark character; most paragraphs have few, so the pairing reads only these. */
function markPositions(text: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Every mark is ", ' or above U+00AA: one comparison rules out nearly all characters.
    if ((code === 34 || code === 39 || code > 0xaa) && MARK_CODES.has(code)) at.push(i);
  }
  return at;
}

function pairMarks(text: string, marks: readonly number[], family: MarkFamily, outer: QuoteSpan[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let next = 0; // the first outer span that does not end before i (outer spans are in order)
  for (const i of marks) {
    const glyph = MARK_GLYPHS[text[i]!];
    if (!glyph || glyph.family !== family) continue;
    while (next < outer.length && outer[next]!.close !== -1 && outer[next]!.close <= i) next++;
    const inside = outer[next];
    if (inside && i > inside.open && (inside.close === -1 || i < inside.close)) continue;
    if (family === "single" && isApostrophe(text, i)) continue;
    // ‘…the players’ effort was…’: a plural possessive inside a single-quoted quote, when a closing mark still follows.
    if (family === "single" && openAt >= 0 && isPluralPossessive(text, i) && hasLaterSingleMark(text, i)) continue;
    const roles = markRoles(text, i, glyph);
    if (openAt < 0) {
      if (roles.canOpen) openAt = i;
    } else if (roles.canClose || (glyph.lean !== "open" && !roles.canOpen) || (glyph.lean === "either" && /\s/u.test(text[i - 1] ?? "")) || closesGlued(text, i, glyph)) {
      // Inside a quotation, a mark that cannot open closes it, even with a stray space before it: `ourselves? "`.
      const span = makeSpan(text, openAt, i, family);
      if (span) spans.push(span);
      openAt = -1;
    }
  }
  if (openAt >= 0 && (family === "double" || SINGLE_MARKS_MAY_RUN_ON)) {
    const span = makeSpan(text, openAt, -1, family);
    if (span) spans.push(span);
  }
  return spans;
}

function isPluralPossessive(text: string, i: number): boolean {
  return text[i - 1] === "s" && /\s/u.test(text[i + 1] ?? "") && isLower(text[i + 2]);
}

function hasLaterSingleMark(text: string, i: number): boolean {
  for (let k = i + 1; k < text.length; k++) {
    const glyph = MARK_GLYPHS[text[k]!];
    if (glyph?.family === "single" && glyph.lean !== "open" && !isApostrophe(text, k)) return true;
  }
  return false;
}

function makeSpan(text: string, open: number, close: number, family: MarkFamily): QuoteSpan | null {
  let start = open + 1;
  let end = close === -1 ? text.length : close;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  let letters = 0;
  for (let k = start; k < end && letters < MIN_INNER_LETTERS; k++) if (isWordChar(text[k]) && !/\d/u.test(text[k]!)) letters++;
  if (letters < MIN_INNER_LETTERS) return null;
  return { open, close, start, end, family };
}
