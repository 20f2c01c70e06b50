/**
 * A read-only page tree for the CLI: htmlparser2 (the tokenizer linkedom
 * itself uses) builds plain objects with just the DOM members the page layer
 * reads (src/page/: walking, attributes, text), and nothing else. linkedom
 * builds a full DOM per page, attribute nodes, class lists and end markers
 * included, and that was most of the CLI's time per page.
 *
 * The tree is built from the same parser callbacks, with the same options, as
 * linkedom's, and answers as linkedom does where linkedom differs from a
 * browser (noted below), so the CLI finds what the evals and tests (which run
 * on linkedom) find: `tests/cli/archive.test.ts` checks every corpus page,
 * `tests/cli/page-tree.test.ts` the tree itself and every other saved page.
 */
import { Parser, Tokenizer } from "htmlparser2";

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const DOCUMENT_NODE = 9;
/** Node.compareDocumentPosition bits. */
const PRECEDING = 2;
const FOLLOWING = 4;

/** Class lists split as linkedom splits them. */
const CLASS_SEPARATOR = /\s+/;

type Parent = PageElement | PageDocument;
type ChildNode = PageElement | PageCharacterData;

/** Upper-case tag names, made once per name rather than once per element. */
const tagNames = new Map<string, string>();
function upperTagName(localName: string): string {
  let tag = tagNames.get(localName);
  if (tag === undefined) tagNames.set(localName, (tag = localName.toUpperCase()));
  return tag;
}

function appendChild(parent: Parent, child: ChildNode): void {
  child.parentNode = parent;
  if (parent.lastChild) parent.lastChild.nextSibling = child;
  else parent.firstChild = child;
  parent.lastChild = child;
}

function firstElementFrom(node: ChildNode | null): PageElement | null {
  for (let n = node; n; n = n.nextSibling) if (n.nodeType === ELEMENT_NODE) return n as PageElement;
  return null;
}

/** Elements under `root` in document order whose name is `name`, as linkedom matches them (local name or upper-case tag name). */
function elementsByTagName(root: Parent, name: string): PageElement[] {
  const found: PageElement[] = [];
  let node: ChildNode | null = root.firstChild;
  while (node) {
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as PageElement;
      if (el.localName === name || el.tagName === name) found.push(el);
      if (el.firstChild) {
        node = el.firstChild;
        continue;
      }
    }
    while (node && !node.nextSibling) {
      const parent: Parent | null = node.parentNode;
      node = parent === root || !parent || parent.nodeType === DOCUMENT_NODE ? null : (parent as PageElement);
    }
    node = node ? node.nextSibling : null;
  }
  return found;
}

/** Steps from `node` up to the tree's top (linkedom's getParentNodeCount). */
function depthOf(node: ChildNode): number {
  let depth = 0;
  for (let p: Parent | null = node.parentNode; p; p = p.nodeType === DOCUMENT_NODE ? null : (p as PageElement).parentNode) depth++;
  return depth;
}

function indexIn(parent: Parent | null, child: ChildNode): number {
  let i = 0;
  for (let n = parent?.firstChild ?? null; n; n = n.nextSibling, i++) if (n === child) return i;
  return -1;
}

/** A text node or a comment (which the page layer only steps over). */
export class PageCharacterData {
  parentNode: Parent | null = null;
  nextSibling: ChildNode | null = null;
  readonly firstChild = null;

  constructor(
    readonly nodeType: typeof TEXT_NODE | typeof COMMENT_NODE,
    readonly data: string,
  ) {}

  get length(): number {
    return this.data.length;
  }

  get textContent(): string {
    return this.data;
  }

  substringData(offset: number, count: number): string {
    return this.data.slice(offset, offset + count);
  }
}

export class PageElement {
  readonly nodeType = ELEMENT_NODE;
  readonly tagName: string;
  parentNode: Parent | null = null;
  nextSibling: ChildNode | null = null;
  firstChild: ChildNode | null = null;
  lastChild: ChildNode | null = null;
  /** The class list as linkedom gives it back, made on first read. */
  private classValue: string | null = null;

  constructor(
    readonly ownerDocument: PageDocument,
    readonly localName: string,
    /** As htmlparser2 gives them: names as written, the first of two same-named attributes kept. */
    private readonly attributes: Record<string, string>,
  ) {
    this.tagName = upperTagName(localName);
  }

  /**
   * As linkedom answers: "class" is the class list, white space collapsed and
   * repeats dropped, and "" when there is none (a browser says null).
   */
  getAttribute(name: string): string | null {
    if (name === "class") return (this.classValue ??= this.classList());
    return Object.hasOwn(this.attributes, name) ? this.attributes[name]! : null;
  }

  hasAttribute(name: string): boolean {
    return Object.hasOwn(this.attributes, name);
  }

  private classList(): string {
    const value = this.attributes.class;
    if (!value || !Object.hasOwn(this.attributes, "class")) return "";
    // One class name (most elements that have any) reads back as written.
    if (!CLASS_SEPARATOR.test(value)) return value;
    return [...new Set(value.split(CLASS_SEPARATOR).filter(Boolean))].join(" ");
  }

  get parentElement(): PageElement | null {
    const p = this.parentNode;
    return p && p.nodeType === ELEMENT_NODE ? (p as PageElement) : null;
  }

  get firstElementChild(): PageElement | null {
    return firstElementFrom(this.firstChild);
  }

  get nextElementSibling(): PageElement | null {
    return firstElementFrom(this.nextSibling);
  }

  get textContent(): string {
    const parts: string[] = [];
    let node: ChildNode | null = this.firstChild;
    while (node) {
      if (node.nodeType === TEXT_NODE) parts.push((node as PageCharacterData).data);
      else if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      while (node && !node.nextSibling) node = node.parentNode === this ? null : (node.parentNode as PageElement);
      node = node ? node.nextSibling : null;
    }
    return parts.join("");
  }

  contains(other: ChildNode | null): boolean {
    let n: Parent | ChildNode | null = other;
    while (n && n !== this) n = n.nodeType === DOCUMENT_NODE ? null : (n as ChildNode).parentNode;
    return n === this;
  }

  /**
   * linkedom's answer, not a browser's: a node nearer the top precedes one
   * deeper down, wherever they stand, and two at the same depth are ordered
   * only when they share a parent.
   */
  compareDocumentPosition(other: ChildNode): number {
    if (other === this) return 0;
    const self = depthOf(this);
    const theirs = depthOf(other);
    if (self < theirs) return FOLLOWING + (this.contains(other) ? 16 : 0);
    if (theirs < self) return PRECEDING + (other.nodeType === ELEMENT_NODE && (other as PageElement).contains(this) ? 8 : 0);
    return indexIn(this.parentNode, this) < indexIn(this.parentNode, other) ? FOLLOWING : PRECEDING;
  }

  getElementsByTagName(name: string): PageElement[] {
    return elementsByTagName(this, name);
  }
}

export class PageDocument {
  readonly nodeType = DOCUMENT_NODE;
  /** No layout and no window: the page layer then judges visibility by attributes alone, as on linkedom. */
  readonly defaultView = null;
  firstChild: ChildNode | null = null;
  lastChild: ChildNode | null = null;

  get documentElement(): PageElement | null {
    return firstElementFrom(this.firstChild);
  }

  /** As linkedom: the root's first child if it is a head, else a new empty head put first in the root. */
  get head(): PageElement {
    const root = this.documentElement!;
    const first = root.firstElementChild;
    if (first && first.tagName === "HEAD") return first;
    const head = new PageElement(this, "head", {});
    head.parentNode = root;
    head.nextSibling = root.firstChild;
    root.firstChild = head;
    root.lastChild ??= head;
    return head;
  }

  /** As linkedom: the element right after the head if it is a body, else a new empty body put there. */
  get body(): PageElement {
    const head = this.head;
    const next = head.nextElementSibling;
    if (next && next.tagName === "BODY") return next;
    const body = new PageElement(this, "body", {});
    const root = head.parentNode as PageElement;
    body.parentNode = root;
    body.nextSibling = head.nextSibling;
    head.nextSibling = body;
    if (root.lastChild === head) root.lastChild = body;
    return body;
  }

  get title(): string {
    return this.head.getElementsByTagName("title")[0]?.textContent || "";
  }

  getElementsByTagName(name: string): PageElement[] {
    return elementsByTagName(this, name);
  }
}

/** The tokenizer's own fields that the skips below read and move. */
interface TokenizerPosition {
  buffer: string;
  index: number;
  offset: number;
}

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;
/** Where text, and attribute values in either quotes, can next change state: any other character is passed over. */
const TEXT_STOPS = /[<&]/g;
const DOUBLE_QUOTED_STOPS = /["&]/g;
const SINGLE_QUOTED_STOPS = /['&]/g;

/** Moves the tokenizer to just before the next stop (it steps one on when a state returns): what it did character by character. */
function skipToStop(t: TokenizerPosition, stops: RegExp): void {
  stops.lastIndex = t.index + 1 - t.offset;
  const stop = stops.exec(t.buffer);
  t.index = (stop ? stop.index : t.buffer.length) + t.offset - 1;
}

/**
 * htmlparser2's tokenizer, passing over characters that change nothing with
 * the engine's native string search rather than one state call per character:
 * script and style bodies (half the bytes of a news page), comments, text and
 * attribute values. Same stops, same tokens, same callbacks. It moves
 * htmlparser2 10's own tokenizer fields and overrides three of its methods; the
 * page-tree tests compare the result with linkedom's stock tokenizer.
 */
class SkippingTokenizer extends Tokenizer {}
const base = Tokenizer.prototype as unknown as Record<string, (this: TokenizerPosition, ...args: number[]) => unknown>;
Object.defineProperties(SkippingTokenizer.prototype, {
  fastForwardTo: {
    value(this: TokenizerPosition, c: number): boolean {
      // Stops on the character itself when found (the caller reads it), else just before the end.
      const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
      this.index = at < 0 ? this.buffer.length + this.offset - 1 : at + this.offset;
      return at >= 0;
    },
  },
  stateText: {
    value(this: TokenizerPosition, c: number): unknown {
      if (c !== LT && c !== AMP) return skipToStop(this, TEXT_STOPS);
      return base.stateText!.call(this, c);
    },
  },
  handleInAttributeValue: {
    value(this: TokenizerPosition, c: number, quote: number): unknown {
      if (c !== quote && c !== AMP) return skipToStop(this, quote === DOUBLE_QUOTE ? DOUBLE_QUOTED_STOPS : SINGLE_QUOTED_STOPS);
      return base.handleInAttributeValue!.call(this, c, quote);
    },
  },
});

/**
 * The page's tree, built by the parser callbacks linkedom uses, with linkedom's options.
 * `html` may come in pieces, each but the first starting with a "<" (see page-text.ts): the
 * tree is then the one the whole text gives.
 */
export function parsePage(html: string | readonly string[]): PageDocument {
  const doc = new PageDocument();
  let open: Parent = doc;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const el = new PageElement(doc, name, attributes);
        appendChild(open, el);
        open = el;
      },
      // One node per callback, as linkedom: text around an entity is three nodes, and the page layer counts white space per node.
      ontext(text) {
        appendChild(open, new PageCharacterData(TEXT_NODE, text));
      },
      oncomment(data) {
        appendChild(open, new PageCharacterData(COMMENT_NODE, data));
      },
      onclosetag() {
        open = (open as PageElement).parentNode ?? doc;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true, Tokenizer: SkippingTokenizer },
  );
  for (const piece of typeof html === "string" ? [html] : html) parser.write(piece);
  parser.end();
  return doc;
}
