/**
 * The article as ordered text blocks, each with a map from offsets in its
 * text back to positions in the page's text nodes, so a quote found in the
 * text can be turned into one DOM Range (see ranges.ts).
 *
 * One iterative walk (no recursion: 10,000-level nesting must not blow the
 * stack); the page is only read, never changed. The walk is a step generator
 * (steps.ts): the content script runs it in slices.
 */
import type { BlockKind, TextBlock } from "../core/attribution";
import type { Article } from "./article";
import { CHARS_PER_STEP, Pace, runToEnd, textPieces } from "./steps";
import { BLOCK_TAGS, SKIP_TAGS, tagOf } from "./tags";
import { computedStyleFor, isHiddenElement } from "./visibility";

export interface TextPiece {
  node: Text;
  /** Offset in the block's text where this piece starts. */
  blockStart: number;
  /** Offset in `node.data` where this piece starts. */
  nodeStart: number;
  /** Characters covered, the same count in block text and node data. */
  length: number;
}

export interface PageBlock extends TextBlock {
  /** Ordered, non-overlapping. A gap between pieces is a space the page has no character for (a `<br>`). */
  pieces: TextPiece[];
  /** The paragraph-like element the text came from. */
  element: Element;
}

/** All regular expressions of this file, built once. */
const REGEXPS = {
  /**
   * Runs of white space that render as one space (including no-break spaces). Not the zero-width space
   * or the byte-order mark: they take no room ("Jo\u200bnas" reads "Jonas"), so they stay in the text
   * for the engine to read past (core/invisible.ts) instead of splitting a word.
   */
  space: /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g,
  /** One such character (a newline or a no-break space between two words, shown as a space). */
  spaceChar: /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g,
  collapse: /\s+/g,
  /** Whole blocks that are ad slots' labels, not the article's words. */
  adLabel: /^(?:advertisement|advertising|advert|adchoices|ad|sponsored|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading below|scroll to continue with content|anzeige|publicidad|publicité)$/i,
  /** The end of a cut-short copy: an ellipsis, maybe with its link ("… more", "... read more"). */
  ellipsis: /\s*(?:…|\.{3})(?:\s*\p{L}+){0,2}\s*$/u,
  /** Whole blocks that credit a photo ("Photo: Jo Lee, AP", "Image copyright Quill", "© Ann Vole"): never anyone's words. */
  photoCredit: /^(?:(?:photo|image|picture)s?(?: (?:by|credit|copyright))?\s*:|(?:photo|image|picture) (?:by|credit|copyright)\b|©)/i,
} as const;

/**
 * `text` is `before` cut short, with an ellipsis: the truncated version of a caption
 * shown on small screens. (Whole repeats stay: articles do repeat a paragraph.)
 */
function isCutCopyOf(text: string, before: string): boolean {
  // (Most blocks have no ellipsis: the pattern, anchored at the end, would be tried at every one of their characters.)
  if (!text.includes("…") && !text.includes("...")) return false;
  const cut = text.replace(REGEXPS.ellipsis, "");
  return cut !== text && cut.length >= MIN_COPY_CHARS && cut.length < before.length && before.startsWith(cut);
}

/** Shorter cut copies are left alone: only sentences are copies worth dropping. */
const MIN_COPY_CHARS = 40;

/** Photo credits are short; longer blocks starting so are captions, kept. */
const MAX_PHOTO_CREDIT_CHARS = 80;

/** Ad labels are short; only blocks up to this length are tested against them. */
const MAX_AD_LABEL_CHARS = 60;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

function kindOfTag(tag: string): BlockKind {
  switch (tag) {
    case "LI": case "DT": case "DD": return "list-item";
    case "H1": case "H2": case "H3": case "H4": case "H5": case "H6": return "heading";
    case "FIGCAPTION": case "CAPTION": return "caption";
    case "BLOCKQUOTE": return "blockquote";
    default: return "paragraph";
  }
}

/** A block being built. */
class Builder {
  text = "";
  pieces: TextPiece[] = [];
  /** True at the start and after a space: the next white space is dropped. */
  atSpace = true;

  /**
   * Adds `data`, the node's text from offset `base` on (all of it, or one piece
   * of a huge node: pieces added in order build the same text and pieces).
   */
  addText(node: Text, data: string, base = 0): void {
    const re = REGEXPS.space;
    re.lastIndex = 0;
    // Text that maps to the page one to one (words and single spaces between them)
    // is copied as one run from `from`, not word by word: a 10 MB paragraph is then
    // a handful of strings, not millions.
    let from = 0;
    /** The run holds a single white space other than " " (a newline): shown as a space. */
    let respace = false;
    for (let m = re.exec(data); m; m = re.exec(data)) {
      const ws = m.index;
      if (ws > from) this.atSpace = false;
      if (m[0].length === 1 && !this.atSpace) {
        if (m[0] !== " ") respace = true;
        this.atSpace = true;
        continue;
      }
      // Dropped white space (a run, or any at the block's start): the run ends here.
      if (ws > from) this.emit(node, base + from, this.run(data.slice(from, ws), respace));
      if (!this.atSpace) this.emit(node, base + ws, " ");
      this.atSpace = true;
      from = ws + m[0].length;
      respace = false;
    }
    if (data.length > from) this.emit(node, base + from, this.run(data.slice(from), respace));
  }

  private run(s: string, respace: boolean): string {
    return respace ? s.replace(REGEXPS.spaceChar, " ") : s;
  }

  private emit(node: Text, nodeStart: number, s: string): void {
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.node === node && last.nodeStart + last.length === nodeStart
        && last.blockStart + last.length === this.text.length) {
      last.length += s.length;
    } else {
      this.pieces.push({ node, blockStart: this.text.length, nodeStart, length: s.length });
    }
    this.text += s;
    this.atSpace = s.charCodeAt(s.length - 1) === 32;
  }

  /** A `<br>`: a space with no character behind it. */
  addBreak(): void {
    if (this.atSpace) return;
    this.text += " ";
    this.atSpace = true;
  }

  take(): { text: string; pieces: TextPiece[] } | null {
    let { text } = this;
    const pieces = this.pieces;
    if (text.endsWith(" ")) {
      text = text.slice(0, -1);
      const last = pieces[pieces.length - 1];
      if (last && last.blockStart + last.length > text.length) {
        last.length -= 1;
        if (last.length === 0) pieces.pop();
      }
    }
    this.text = "";
    this.pieces = [];
    this.atSpace = true;
    return text.length > 0 ? { text, pieces } : null;
  }
}

interface Context { element: Element; kind: BlockKind; }

function normalizeTitle(s: string): string {
  return s.replace(REGEXPS.collapse, " ").trim().toLowerCase();
}

export function collectBlocks(article: Article): PageBlock[] {
  return runToEnd(collectBlockSteps(article));
}

/** The same walk, pausing after every UNITS_PER_STEP units of work (steps.ts) so the content script can slice a huge page. */
export function* collectBlockSteps(article: Article): Generator<void, PageBlock[], void> {
  const root = article.root;
  const doc = root.ownerDocument;
  const style = doc ? computedStyleFor(doc) : null;
  const excluded = new Set<Element>(article.excluded);
  const title = article.title ? normalizeTitle(article.title) : null;
  const blocks: PageBlock[] = [];
  const builder = new Builder();
  const contexts: Context[] = [{ element: root, kind: kindOfTag(tagOf(root)) }];
  let quoteDepth = tagOf(root) === "BLOCKQUOTE" ? 1 : 0;

  const flush = (): void => {
    const got = builder.take();
    if (!got) return;
    const ctx = contexts[contexts.length - 1]!;
    // The article's own title is Article.title, not a block.
    if (ctx.kind === "heading" && title !== null && tagOf(ctx.element) === "H1"
        && normalizeTitle(got.text) === title) return;
    if (got.text.length <= MAX_AD_LABEL_CHARS && REGEXPS.adLabel.test(got.text)) return;
    if (got.text.length <= MAX_PHOTO_CREDIT_CHARS && REGEXPS.photoCredit.test(got.text)) return;
    // A cut-short copy right after the whole text (a caption's full and truncated versions, one shown per screen size).
    const last = blocks[blocks.length - 1];
    if (last && isCutCopyOf(got.text, last.text)) return;
    blocks.push({ text: got.text, kind: ctx.kind, pieces: got.pieces, element: ctx.element });
  };

  const leave = (el: Element): void => {
    const tag = tagOf(el);
    if (!BLOCK_TAGS.has(tag)) return;
    flush();
    // (The root's context stays, even if the page moved nodes between two steps.)
    if (contexts.length > 1) contexts.pop();
    if (tag === "BLOCKQUOTE") quoteDepth--;
  };

  const pace = new Pace();
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      const text = node as Text;
      if (text.length <= CHARS_PER_STEP) {
        const data = text.data;
        builder.addText(text, data);
        if (pace.spend(Pace.textUnits(data.length))) yield;
      } else {
        // One huge text node (a 10 MB paragraph): a step per piece.
        for (const [piece, at] of textPieces(text)) {
          builder.addText(text, piece, at);
          pace.spend(Pace.textUnits(piece.length));
          yield;
        }
      }
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const tag = tagOf(el);
      if (tag === "BR") {
        builder.addBreak();
      } else if (!SKIP_TAGS.has(tag) && !excluded.has(el) && !isHiddenElement(el, style)) {
        if (BLOCK_TAGS.has(tag)) {
          flush();
          if (tag === "BLOCKQUOTE") quoteDepth++;
          contexts.push({ element: el, kind: quoteDepth > 0 ? "blockquote" : kindOfTag(tag) });
        }
        if (el.firstChild) descend = true;
        else leave(el);
      }
    }
    if (type !== TEXT_NODE && type !== CDATA_NODE && pace.spend()) yield;
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Next sibling, or climb (closing each element left) until there is one.
    let cur: Node = node;
    node = null;
    while (cur !== root) {
      if (cur.nextSibling) { node = cur.nextSibling; break; }
      const parent: Node | null = cur.parentNode;
      if (!parent || parent === root) break;
      leave(parent as Element);
      cur = parent;
      if (pace.spend()) yield;
    }
  }
  flush();
  // Headings after the last of the article's text introduce what was left out (related links, comments).
  let end = blocks.length;
  while (end > 0 && blocks[end - 1]!.kind === "heading") end--;
  if (end > 0) blocks.length = end;
  return blocks;
}
