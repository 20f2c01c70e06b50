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
import { isAscii } from "node:buffer";
import { Parser, Tokenizer } from "htmlparser2";
import { pieceBounds, type PageSource } from "./page-text";

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const DOCUMENT_NODE = 9;
/** Node.compareDocumentPosition bits. */
const PRECEDING = 2;
const FOLLOWING = 4;

/**
 * The only attributes the tree keeps: the ones the page layer (src/page/) and
 * load.ts read. Building every other one (data-*, src, srcset, inline JSON,
 * svg paths) was a fifth of the parser's time; asking for one not kept throws,
 * so a new read in the page layer is caught by the first test that runs it.
 */
export const KEPT_ATTRIBUTES: ReadonlySet<string> = new Set([
  "class", "id", "style", "hidden", "aria-hidden", "role", "itemprop", "rel", "href", "property", "content", "type",
]);

/** The shortest and longest kept names. */
const KEPT_NAME_LENGTHS = {
  min: Math.min(...[...KEPT_ATTRIBUTES].map((name) => name.length)),
  max: Math.max(...[...KEPT_ATTRIBUTES].map((name) => name.length)),
};

function kept(name: string): void {
  if (!KEPT_ATTRIBUTES.has(name)) throw new Error(`the CLI's page tree keeps no "${name}" attribute: add it to KEPT_ATTRIBUTES`);
}

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
    protected text: string,
  ) {}

  get data(): string {
    return this.text;
  }

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

/**
 * A script's or style's text holding bytes over 0x7f, in a page read from UTF-8 bytes: decoded only
 * when read (the page layer reads JSON-LD scripts only), not for every inline script and data blob.
 */
class PageRawText extends PageCharacterData {
  private decoded = false;

  constructor(
    private readonly source: Utf8Slices,
    private readonly start: number,
    private readonly end: number,
  ) {
    super(TEXT_NODE, "");
  }

  override get data(): string {
    if (!this.decoded) {
      this.text = this.source.text(this.start, this.end);
      this.decoded = true;
    }
    return this.text;
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
    /** As htmlparser2 gives them, KEPT_ATTRIBUTES only: names as written, the first of two same-named attributes kept. */
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
    if (Object.hasOwn(this.attributes, name)) return this.attributes[name]!;
    kept(name);
    return null;
  }

  hasAttribute(name: string): boolean {
    if (Object.hasOwn(this.attributes, name)) return true;
    kept(name);
    return false;
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

  /**
   * Elements by local name (always lower case), in document order, as the parser made them: a page is asked
   * for its metas, scripts, links and h1s, each a walk over the whole tree. The head and body this document
   * may add (above) are not in it.
   */
  readonly byName = new Map<string, PageElement[]>();

  getElementsByTagName(name: string): PageElement[] {
    // A lower-case name matches local names only (a tag name is upper case); "head" and "body" may have been added.
    if (LOWER_CASE_NAME.test(name) && name !== "head" && name !== "body") return this.byName.get(name)?.slice() ?? [];
    return elementsByTagName(this, name);
  }
}

/** Names the document's index answers for. */
const LOWER_CASE_NAME = /^[a-z][a-z0-9]*$/;

/** The tokenizer's own fields that the skips below read and move. */
interface TokenizerPosition {
  buffer: string;
  index: number;
  offset: number;
  /** The parser. */
  cbs: ParserFields;
  stops: NextStops;
}

/** The parser's own fields that the overrides below (attribute filter, UTF-8 slices, raw text) read and set. */
interface ParserFields {
  /** Set here: the page's bytes when the parser reads their Latin-1 reading. */
  utf8: Utf8Slices | null;
  /** Open elements, innermost first. */
  stack: string[];
  startIndex: number;
  cbs: { onrawtext(source: Utf8Slices, start: number, end: number): void };
  attribname: string;
  attribvalue: string;
  endIndex: number;
  /** Set here: the attribute being read is not one of KEPT_ATTRIBUTES. */
  dropping: boolean;
}

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;

/**
 * Where each character that can end a skip next stands in the tokenizer's
 * buffer, from where it was last looked for: each is searched for again only
 * once the tokenizer has passed it, so the whole buffer is searched about
 * once per character, natively, whatever the number of skips.
 */
interface NextStops {
  buffer: string;
  lt: number;
  amp: number;
  doubleQuote: number;
  singleQuote: number;
}

/** The next `ch` in `buffer` at or after `from`, given where it was last found (`last`); the buffer's length when there is none. */
function nextFrom(buffer: string, ch: string, last: number, from: number): number {
  if (last >= from) return last;
  const at = buffer.indexOf(ch, from);
  return at < 0 ? buffer.length : at;
}

/**
 * htmlparser2's tokenizer, passing over characters that change nothing with
 * the engine's native string search rather than one state call per character:
 * script and style bodies (half the bytes of a news page), comments, text and
 * attribute values. Same stops, same tokens, same callbacks. It moves
 * htmlparser2 10's own tokenizer fields and overrides three of its methods; the
 * page-tree tests compare the result with linkedom's stock tokenizer.
 */
class SkippingTokenizer extends Tokenizer {
  stops: NextStops = { buffer: "", lt: -1, amp: -1, doubleQuote: -1, singleQuote: -1 };
}
const base = Tokenizer.prototype as unknown as Record<string, (this: TokenizerPosition, ...args: number[]) => unknown>;

/** The tokenizer's stops, for its current buffer. */
function stopsOf(t: TokenizerPosition): NextStops {
  const stops = t.stops;
  if (stops.buffer !== t.buffer) {
    stops.buffer = t.buffer;
    stops.lt = stops.amp = stops.doubleQuote = stops.singleQuote = -1;
  }
  return stops;
}

/** Moves the tokenizer to just before `at` (a buffer position; it steps one on when a state returns): what it did character by character. */
function skipTo(t: TokenizerPosition, at: number): void {
  t.index = at + t.offset - 1;
}
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
      if (c === LT || c === AMP) return base.stateText!.call(this, c);
      const stops = stopsOf(this);
      const from = this.index + 1 - this.offset;
      stops.lt = nextFrom(this.buffer, "<", stops.lt, from);
      stops.amp = nextFrom(this.buffer, "&", stops.amp, from);
      return skipTo(this, Math.min(stops.lt, stops.amp));
    },
  },
  handleInAttributeValue: {
    value(this: TokenizerPosition, c: number, quote: number): unknown {
      if (c === quote || (c === AMP && !this.cbs.dropping)) return base.handleInAttributeValue!.call(this, c, quote);
      const stops = stopsOf(this);
      const from = this.index + 1 - this.offset;
      let end: number;
      if (quote === DOUBLE_QUOTE) end = stops.doubleQuote = nextFrom(this.buffer, '"', stops.doubleQuote, from);
      else end = stops.singleQuote = nextFrom(this.buffer, "'", stops.singleQuote, from);
      // A dropped attribute's value is read to its closing quote, entities and all: no entity ever takes a quote in.
      if (!this.cbs.dropping) end = Math.min(end, (stops.amp = nextFrom(this.buffer, "&", stops.amp, from)));
      return skipTo(this, end);
    },
  },
});

/**
 * htmlparser2's parser, keeping only KEPT_ATTRIBUTES: the values of the others are
 * neither sliced, decoded nor stored. Overrides four of its attribute callbacks
 * and reads its own attribute fields.
 */
class KeepingParser extends Parser {
  dropping = false;
  utf8: Utf8Slices | null = null;
}
const parserBase = Parser.prototype as unknown as Record<string, (this: ParserFields, ...args: number[]) => unknown>;
Object.defineProperties(KeepingParser.prototype, {
  // Every string the tree gets (text, comments, names, attribute values) is a slice: read from UTF-8 bytes, one
  // holding bytes over 0x7f is decoded from them, the others are already the text.
  getSlice: {
    value(this: ParserFields, start: number, endIndex: number): unknown {
      const slice = parserBase.getSlice!.call(this, start, endIndex);
      return this.utf8 === null || !this.utf8.highIn(start, endIndex) ? slice : this.utf8.text(start, endIndex);
    },
  },
  ontext: {
    value(this: ParserFields, start: number, endIndex: number): unknown {
      const top = this.stack[0];
      if (this.utf8 === null || (top !== "script" && top !== "style") || !this.utf8.highIn(start, endIndex)) {
        return parserBase.ontext!.call(this, start, endIndex);
      }
      this.endIndex = endIndex - 1;
      this.cbs.onrawtext(this.utf8, start, endIndex);
      this.startIndex = endIndex;
      return undefined;
    },
  },
  // As the parser's own, less the work for a name that is not kept: one whose length no kept name has is not
  // sliced, and none is decoded (a kept name is ASCII, so its Latin-1 reading is the name; the others are unused).
  onattribname: {
    value(this: ParserFields, start: number, endIndex: number): void {
      this.startIndex = start;
      const length = endIndex - start;
      if (length < KEPT_NAME_LENGTHS.min || length > KEPT_NAME_LENGTHS.max) {
        this.attribname = "";
        this.dropping = true;
        return;
      }
      this.attribname = parserBase.getSlice!.call(this, start, endIndex) as string;
      this.dropping = !KEPT_ATTRIBUTES.has(this.attribname);
    },
  },
  onattribdata: {
    value(this: ParserFields, start: number, endIndex: number): unknown {
      return this.dropping ? undefined : parserBase.onattribdata!.call(this, start, endIndex);
    },
  },
  onattribentity: {
    value(this: ParserFields, cp: number): unknown {
      return this.dropping ? undefined : parserBase.onattribentity!.call(this, cp);
    },
  },
  onattribend: {
    value(this: ParserFields, quote: number, endIndex: number): unknown {
      if (!this.dropping) return parserBase.onattribend!.call(this, quote, endIndex);
      this.dropping = false;
      this.endIndex = endIndex;
      this.attribvalue = "";
      return undefined;
    },
  },
});

/** Bytes read in blocks of this size: a block without high bytes is passed over in one native test. */
const ASCII_BLOCK = 1024;
const HIGH_BYTE = 0x80;

/**
 * A valid UTF-8 page's bytes, where the parser reads them one byte a character (Latin-1): every place
 * the tokenizer ends a slice is an ASCII character or the start of one (its stops are all ASCII), so
 * each slice holds whole characters, and decoding it gives the text the whole page decoded holds there.
 */
class Utf8Slices {
  /** Runs of bytes over 0x7f: starts and ends, in order. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** The first run that does not end before the last slice asked about (slices are asked about in order). */
  private run = 0;

  constructor(private readonly bytes: Buffer) {
    const { starts, ends } = this;
    for (let block = 0; block < bytes.length; block += ASCII_BLOCK) {
      const end = Math.min(block + ASCII_BLOCK, bytes.length);
      if (isAscii(bytes.subarray(block, end))) continue;
      for (let i = block; i < end; i++) {
        if (bytes[i]! < HIGH_BYTE) continue;
        if (ends.length > 0 && ends[ends.length - 1] === i) ends[ends.length - 1] = i + 1;
        else {
          starts.push(i);
          ends.push(i + 1);
        }
      }
    }
  }

  /** The page, one byte a character, in the pieces decodePieces cuts (one large string costs markedly more than a few smaller ones). */
  latin1(): string[] {
    return pieceBounds(this.bytes).map(([from, to]) => this.bytes.toString("latin1", from, to));
  }

  /** Does bytes[start, end) hold a byte over 0x7f? */
  highIn(start: number, end: number): boolean {
    const { starts, ends } = this;
    // Back to the start if asked out of order (never, as htmlparser2 asks), then on past runs ending before `start`.
    if (this.run > 0 && ends[this.run - 1]! > start) this.run = 0;
    while (this.run < ends.length && ends[this.run]! <= start) this.run++;
    return this.run < starts.length && starts[this.run]! < end;
  }

  text(start: number, end: number): string {
    return this.bytes.toString("utf8", start, end);
  }
}

/**
 * The page's tree, built by the parser callbacks linkedom uses, with linkedom's options.
 * `html` may come in pieces, each but the first starting with a "<" (see page-text.ts): the
 * tree is then the one the whole text gives.
 */
export function parsePage(html: PageSource): PageDocument {
  const doc = new PageDocument();
  let open: Parent = doc;
  const callbacks = {
    onopentag(name: string, attributes: Record<string, string>) {
      const el = new PageElement(doc, name, attributes);
      const named = doc.byName.get(name);
      if (named) named.push(el);
      else doc.byName.set(name, [el]);
      appendChild(open, el);
      open = el;
    },
    // One node per callback, as linkedom: text around an entity is three nodes, and the page layer counts white space per node.
    ontext(text: string) {
      appendChild(open, new PageCharacterData(TEXT_NODE, text));
    },
    // (Not one of htmlparser2's callbacks: the parser above calls it.)
    onrawtext(source: Utf8Slices, start: number, end: number) {
      appendChild(open, new PageRawText(source, start, end));
    },
    oncomment(data: string) {
      appendChild(open, new PageCharacterData(COMMENT_NODE, data));
    },
    onclosetag() {
      open = (open as PageElement).parentNode ?? doc;
    },
  };
  const parser = new KeepingParser(callbacks, { lowerCaseAttributeNames: false, decodeEntities: true, Tokenizer: SkippingTokenizer });
  if (typeof html === "object" && "utf8" in html) {
    const utf8 = new Utf8Slices(Buffer.from(html.utf8.buffer, html.utf8.byteOffset, html.utf8.byteLength));
    (parser as unknown as ParserFields).utf8 = utf8;
    for (const piece of utf8.latin1()) parser.write(piece);
  } else {
    for (const piece of typeof html === "string" ? [html] : html) parser.write(piece);
  }
  parser.end();
  return doc;
}
