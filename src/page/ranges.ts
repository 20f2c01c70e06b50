/**
 * Offsets in a block's text → one DOM Range over the page's own text nodes,
 * across `<a>`, `<em>`, `<span>` boundaries. Read-only: nothing is split.
 */
import type { PageBlock, TextPiece } from "./blocks";

/** Index of the first piece that ends after `offset` (pieces are ordered). */
function pieceAfter(pieces: TextPiece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const p = pieces[mid]!;
    if (p.blockStart + p.length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A Range covering `block.text.slice(start, end)`, or null when the span is
 * empty, out of bounds, or the page's text changed under the map.
 */
export function rangeFor(block: PageBlock, start: number, end: number): Range | null {
  const { pieces } = block;
  start = Math.max(0, start);
  end = Math.min(block.text.length, end);
  if (!(start < end) || pieces.length === 0) return null;

  const first = pieceAfter(pieces, start);
  // Last piece that starts before `end`.
  let last = pieceAfter(pieces, end) ;
  if (last >= pieces.length || pieces[last]!.blockStart >= end) last--;
  if (first >= pieces.length || last < first) return null;

  const a = pieces[first]!;
  const b = pieces[last]!;
  const startOffset = a.nodeStart + Math.max(0, start - a.blockStart);
  const endOffset = b.nodeStart + Math.min(b.length, end - b.blockStart);
  if (startOffset > a.node.data.length || endOffset > b.node.data.length) return null;
  const doc = a.node.ownerDocument;
  if (!doc) return null;
  try {
    const range = doc.createRange();
    // A Node DOM without live ranges (linkedom has no setStart): a read-only stand-in.
    if (typeof range.setStart !== "function") return new TextRange(a.node, startOffset, b.node, endOffset) as unknown as Range;
    range.setStart(a.node, startOffset);
    range.setEnd(b.node, endOffset);
    return range;
  } catch {
    return null;
  }
}

/**
 * The read-only part of a Range between two text nodes, for DOMs that have no
 * live Range (linkedom in the CLI and tests): boundaries, common ancestor and
 * `toString()`, computed by an iterative walk.
 */
export class TextRange {
  readonly collapsed: boolean;
  readonly commonAncestorContainer: Node;
  constructor(
    readonly startContainer: Text,
    readonly startOffset: number,
    readonly endContainer: Text,
    readonly endOffset: number,
  ) {
    this.collapsed = startContainer === endContainer && startOffset === endOffset;
    let common: Node | null = startContainer;
    while (common && !common.contains(endContainer)) common = common.parentNode;
    this.commonAncestorContainer = common ?? startContainer;
  }

  toString(): string {
    const { startContainer: s, endContainer: e } = this;
    if (s === e) return s.data.slice(this.startOffset, this.endOffset);
    let out = s.data.slice(this.startOffset);
    const root = this.commonAncestorContainer;
    // Document order from s to e: first child, else next sibling, else climb.
    let node: Node | null = s;
    while (node) {
      let next: Node | null = node.firstChild;
      if (!next) {
        let cur: Node | null = node;
        while (cur && cur !== root && !cur.nextSibling) cur = cur.parentNode;
        next = cur && cur !== root ? cur.nextSibling : null;
      }
      node = next;
      if (!node) break;
      if (node === e) return out + e.data.slice(0, this.endOffset);
      if (node.nodeType === 3) out += (node as Text).data;
    }
    return out;
  }
}
