/**
 * Which characters open and close quotations. Newsrooms mix straight and
 * curly marks freely, so a mark's shape is only a hint: its neighbours decide.
 */
import { isUpper, isWordChar } from "./characters";
export type MarkFamily = "double" | "single";
/** "open"/"close": the glyph leans that way; "either": straight marks. */
export type MarkLean = "open" | "close" | "either";

export interface MarkGlyph {
  family: MarkFamily;
  lean: MarkLean;
}

export const MARK_GLYPHS: Readonly<Record<string, MarkGlyph>> = {
  '"': { family: "double", lean: "either" },
  "\u201C": { family: "double", lean: "open" }, // “ (also closes „ in German)
  "\u201D": { family: "double", lean: "close" }, // ”
  "\u201E": { family: "double", lean: "open" }, // „
  "\u00AB": { family: "double", lean: "open" }, // «
  "\u00BB": { family: "double", lean: "close" }, // »
  "\uFF02": { family: "double", lean: "either" }, // ＂
  "\u301D": { family: "double", lean: "open" }, // 〝
  "\u301E": { family: "double", lean: "close" }, // 〞
  "'": { family: "single", lean: "either" },
  "\u2018": { family: "single", lean: "open" }, // ‘
  "\u2019": { family: "single", lean: "close" }, // ’ (mostly an apostrophe)
  "\u201A": { family: "single", lean: "open" }, // ‚
  "\u2039": { family: "single", lean: "open" }, // ‹
  "\u203A": { family: "single", lean: "close" }, // ›
};

/** Characters after which a mark can open a quotation: "(“", "—“", ": “". */
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/u;
/** Characters before which a mark can close a quotation: "”,", "”)". */
const CLOSING_CONTEXT = /[\s)\]}.,;:!?\u2014\u2013\-/\u2026]/u;

export interface MarkRoles {
  canOpen: boolean;
  canClose: boolean;
}

function isMark(ch: string | undefined): boolean {
  return ch !== undefined && ch in MARK_GLYPHS;
}

/** How the mark at `i` may be used, judged from the characters around it. */
export function markRoles(text: string, i: number, glyph: MarkGlyph): MarkRoles {
  const before = i > 0 ? text[i - 1] : undefined;
  const after = i + 1 < text.length ? text[i + 1] : undefined;
  // `the authorities."We were misled,"`: a mark glued to the end of a sentence opens the next one.
  const afterSentence = before !== undefined && /[.!?]/u.test(before) && isUpper(after);
  const openSide = before === undefined || OPENING_CONTEXT.test(before) || isMark(before) || afterSentence;
  const closeSide = after === undefined || CLOSING_CONTEXT.test(after) || isMark(after);
  const wordAfter = after !== undefined && !/\s/u.test(after);
  const wordBefore = before !== undefined && !/\s/u.test(before);
  // A curly glyph keeps its lean even with a stray space inside the marks: “ You guys…”
  // A straight mark between spaces opens when words follow: `Vole. " You guys…`
  const spacedOpen = glyph.lean === "either" && openSide && after !== undefined && /\s/u.test(after) && isWordChar(text[i + 2]);
  const canOpen = (openSide && wordAfter) || (glyph.lean === "open" && openSide) || spacedOpen;
  const canClose = (closeSide && wordBefore) || (glyph.lean === "close" && closeSide);
  return { canOpen, canClose };
}

/**
 * A mark glued to the words after it that closes a quotation all the same: `“…,”Lee said`, `"…,"Lee said`.
 * Asked only inside an open quotation: after the punctuation that ends quoted words, no mark but a closing one
 * leans against the next word.
 */
export function closesGlued(text: string, i: number, glyph: MarkGlyph): boolean {
  return glyph.lean !== "open" && /[,.!?]/u.test(text[i - 1] ?? "") && isWordChar(text[i + 1]);
}

/** An apostrophe inside or at the edge of a word: Syria's, '90s, rock 'n' roll, Democrats' poll. */
export function isApostrophe(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] ?? "" : "";
  const after = text[i + 1] ?? "";
  if (isWordChar(before) && isWordChar(after)) return true;
  // '90s, 'em, 'n'
  if (/\d/u.test(after) && !isWordChar(before)) return /^\d{2}s?\b/u.test(text.slice(i + 1, i + 4));
  const elided = text.slice(i + 1, i + 4).toLowerCase();
  if (!isWordChar(before) && /^(em|n'|n |til|cause)/u.test(elided)) return true;
  return false;
}
