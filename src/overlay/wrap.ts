/**
 * The fallback for browsers without the CSS Custom Highlight API: minimal
 * inline wrappers around the quoted text, after Hypothesis's highlighter.
 * Text nodes are split only at a quote's edges, whitespace-only pieces are
 * left alone (they may sit between table cells), and `unwrap()` puts every
 * split node back together in the original Text node, so the page ends up
 * exactly as it was: same nodes, same text, same structure.
 */

/** Our own element name: cannot collide with the page's HTML or its CSS selectors for known tags. */
export const WRAP_TAG = "saidby-mark";

export interface Wrapped {
  /** The wrapper elements of one range, in document order. */
  readonly elements: readonly HTMLElement[];
}

export interface Wrapper {
  /** Wraps the text of `range` with `style` (inline, !important). */
  wrap(range: Range, style: Readonly<Record<string, string>>): Wrapped;
  /** Removes every wrapper and rejoins every split text node. */
  unwrap(): void;
}

/** The text nodes `range` touches, with the part of each it covers. */
function textSlices(range: Range): Array<{ node: Text; start: number; end: number }> {
  const doc = range.startContainer.ownerDocument!;
  const root = range.commonAncestorContainer;
  const out: Array<{ node: Text; start: number; end: number }> = [];
  const add = (node: Text): void => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (start < end && /\S/.test(node.data.slice(start, end))) out.push({ node, start, end });
  };
  if (root.nodeType === Node.TEXT_NODE) {
    add(root as Text);
    return out;
  }
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) add(n as Text);
  }
  return out;
}

export function createWrapper(doc: Document): Wrapper {
  /** Every piece we split off → the page's original Text node it came from. */
  const origin = new Map<Text, Text>();
  const wrappers: HTMLElement[] = [];

  return {
    wrap(range, style) {
      const elements: HTMLElement[] = [];
      for (const slice of textSlices(range)) {
        let node = slice.node;
        const from = origin.get(node) ?? node;
        if (slice.start > 0) {
          node = node.splitText(slice.start);
          origin.set(node, from);
        }
        if (slice.end - slice.start < node.data.length) origin.set(node.splitText(slice.end - slice.start), from);
        const el = doc.createElement(WRAP_TAG);
        for (const [k, v] of Object.entries(style)) el.style.setProperty(k, v, "important");
        node.replaceWith(el);
        el.append(node);
        elements.push(el);
        wrappers.push(el);
      }
      return { elements };
    },
    unwrap() {
      for (const el of wrappers.splice(0)) {
        if (el.parentNode) el.replaceWith(...el.childNodes);
      }
      // Each original node is the first of its pieces (splitText keeps the head): pull the rest back in.
      const pieces = new Map<Text, Text[]>();
      for (const [piece, from] of origin) pieces.set(from, [...(pieces.get(from) ?? []), piece]);
      for (const [from, list] of pieces) {
        let data = from.data;
        for (let next = from.nextSibling; next && list.includes(next as Text); next = from.nextSibling) {
          data += (next as Text).data;
          next.remove();
        }
        from.data = data;
      }
      origin.clear();
    },
  };
}
