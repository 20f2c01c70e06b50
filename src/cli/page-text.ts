/**
 * An archive record's body as the text the parser reads, decoded in the
 * worker. One large string per page costs markedly more than a few smaller
 * ones (decoding whole pages was a sixth of a worker's time), so UTF-8 pages are
 * decoded in pieces.
 */

/** UTF-8 pages are decoded in pieces of about this many bytes. */
const PIECE_BYTES = 32 << 10;
const LESS_THAN = 0x3c;
const UTF8_LABEL = /^utf-?8$/iu;
/** `<xmp>` keeps "<" in its text: a piece starting inside it would split its text where the whole page does not. */
const XMP_TAG = /<xmp/iu;

/**
 * The body in pieces for the parser, each but the first starting at a "<"
 * byte, which in UTF-8 is never part of another character, and where the
 * parser ends a text node anyway: the pieces give the whole page's tree
 * (page-tree.ts). Other charsets, and short pages, come whole.
 */
export function decodePieces(body: Uint8Array, charset: string | null): string[] {
  if ((charset !== null && !UTF8_LABEL.test(charset)) || body.length <= PIECE_BYTES) return [decodeWhole(body, charset)];
  const decoder = new TextDecoder("utf-8");
  const pieces: string[] = [];
  let from = 0;
  while (from < body.length) {
    const cut = body.indexOf(LESS_THAN, from + PIECE_BYTES);
    const to = cut < 0 ? body.length : cut;
    pieces.push(decoder.decode(body.subarray(from, to)));
    from = to;
  }
  return pieces.some((p) => XMP_TAG.test(p)) ? [decodeWhole(body, charset)] : pieces;
}

/** In its declared charset; UTF-8 when none, or one the runtime does not know. */
function decodeWhole(body: Uint8Array, charset: string | null): string {
  try {
    return new TextDecoder(charset ?? "utf-8").decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}
