/**
 * An archive record's body as the text the parser reads, decoded in the
 * worker. One large string per page costs markedly more than a few smaller
 * ones (decoding whole pages was a sixth of a worker's time), so UTF-8 pages are
 * decoded in pieces.
 */

import { isUtf8 } from "node:buffer";

/**
 * A page in valid UTF-8, as bytes: the tree is parsed from their Latin-1 reading, one byte a character,
 * and only the slices it keeps that hold other bytes are decoded (page-tree.ts). Decoding whole pages as
 * UTF-8 made two-byte strings of them (a curly quote is enough) and was the page layer's largest cost.
 */
export interface Utf8Page {
  /** Valid UTF-8, without a byte-order mark. */
  utf8: Uint8Array;
}

/** What the page tree is parsed from: the text whole, in pieces (decodePieces), or valid UTF-8 bytes. */
export type PageSource = string | readonly string[] | Utf8Page;

const BOM = [0xef, 0xbb, 0xbf];

/** The body as the page tree reads it: valid UTF-8 (declared so, or undeclared) as bytes, anything else decoded. */
export function pageSource(body: Uint8Array, charset: string | null): PageSource {
  if ((charset !== null && !UTF8_LABEL.test(charset)) || !isUtf8(body)) return decodePieces(body, charset);
  // A decoder drops one byte-order mark at the start.
  const bom = body[0] === BOM[0] && body[1] === BOM[1] && body[2] === BOM[2];
  return { utf8: bom ? body.subarray(BOM.length) : body };
}

/** UTF-8 pages are decoded in pieces of about this many bytes. */
const PIECE_BYTES = 32 << 10;
const LESS_THAN = 0x3c;
const UTF8_LABEL = /^utf-?8$/iu;
/** `<xmp>` keeps "<" in its text: a piece starting inside it would split its text where the whole page does not (it comes whole). */
const XMP_STARTS = ["<x", "<X"];
const XMP_REST = /^[mM][pP]$/u;

/**
 * The body in pieces for the parser, each but the first starting at a "<"
 * byte, which in UTF-8 is never part of another character, and where the
 * parser ends a text node anyway: the pieces give the whole page's tree
 * (page-tree.ts). Other charsets, short pages and pages with an <xmp> come whole.
 */
export function decodePieces(body: Uint8Array, charset: string | null): string[] {
  if ((charset !== null && !UTF8_LABEL.test(charset)) || body.length <= PIECE_BYTES || hasXmp(body)) return [decodeWhole(body, charset)];
  const decoder = new TextDecoder("utf-8");
  return pieceBounds(body).map(([from, to]) => decoder.decode(body.subarray(from, to)));
}

/** Where decodePieces cuts the body: pieces of about PIECE_BYTES, each but the first starting at a "<"; short pages and pages with an <xmp> whole. */
export function pieceBounds(body: Uint8Array): Array<[from: number, to: number]> {
  if (body.length <= PIECE_BYTES || hasXmp(body)) return [[0, body.length]];
  const bounds: Array<[number, number]> = [];
  let from = 0;
  while (from < body.length) {
    const cut = body.indexOf(LESS_THAN, from + PIECE_BYTES);
    const to = cut < 0 ? body.length : cut;
    bounds.push([from, to]);
    from = to;
  }
  return bounds;
}

/**
 * An "<xmp" in any case among the bytes: in UTF-8 they are the characters themselves (no other character
 * holds these bytes, and no character outside ASCII matches them case-insensitively). Two native searches
 * over the bytes, not a case-insensitive pattern over the decoded text.
 */
function hasXmp(body: Uint8Array): boolean {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  for (const start of XMP_STARTS) {
    for (let at = bytes.indexOf(start); at >= 0; at = bytes.indexOf(start, at + 2)) {
      if (XMP_REST.test(bytes.toString("latin1", at + 2, at + 4))) return true;
    }
  }
  return false;
}

/** In its declared charset; UTF-8 when none, or one the runtime does not know. */
function decodeWhole(body: Uint8Array, charset: string | null): string {
  try {
    return new TextDecoder(charset ?? "utf-8").decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}
