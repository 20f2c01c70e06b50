/**
 * Finds the article in a page without changing it: one walk over the body
 * that scores paragraph containers (Readability's scoring, without cloning or
 * removing anything), then guard clauses that decide the root, what inside it
 * is not the article (related links, share bars, newsletter boxes…), and
 * whether the page is an article at all (home pages, section fronts, search
 * results, videos and apps are not: the caller then does nothing).
 *
 * No recursion anywhere: pages with 10,000 levels of nesting must not blow
 * the stack. The search is a step generator (`findArticleSteps`, see
 * steps.ts) that pauses after a bounded amount of work, so the content script
 * can run it in slices; `findArticle` runs it to the end in one go.
 */
import { BLOCK_TAGS, HEADING_TAGS, SKIP_TAGS, tagOf } from "./tags";
import { CHARS_PER_STEP, Pace, runToEnd, textPieces } from "./steps";
import { computedStyleFor, isHiddenElement } from "./visibility";

export interface Article {
  root: Element;
  /** Elements inside `root` that are not the article (skipped with their subtrees). */
  excluded: Element[];
  title: string | null;
}

/** All regular expressions of this file, built once (not in loops). */
const REGEXPS = {
  /** class/id of boxes that are almost never the article: not scored, and excluded inside the root. */
  unlikely:
    /-ad-|ai2html|banner|breadcrumb|combx|comment|community|disqus|extra|footer|gdpr|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|newsletter|share|sharing|promo|outbrain|taboola|recirc|most-popular|mostpopular|trending|subscribe|signup|sign-up|read-more|readmore|more-stories|recommend|byline-share|toolbar|masthead|cookie|consent|slideshow|carousel|gallery-overlay|control-bar|control-panel|byline|dateline|timestamp|post-meta|entry-meta|article-meta|dfp-|ad-slot|adslot|ad-unit|adunit|ad-container|advert|teaser|tags|topics-list/i,
  /** Bylines, date lines, photo credits and share captions, even when the class also says "post", "entry" or "text" ("entry-meta", "dpsp-share-text"). */
  furniture: /byline|dateline|timestamp|post-?info|(?:entry|post|article|story)[-_]?meta|read-time|share-text|credit/i,
  /** …unless the same class/id also says it holds content (embedded tweets are quotes: "social-media-embed"). */
  maybeCandidate: /and|article|body|column|content|main|mathjax|shadow|story|entry|post|text|embed|tweet/i,
  /** Class/id weight, as Readability: positive and negative hints. */
  positive: /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/i,
  negative:
    /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|recirc/i,
  headingSlug: /^[a-z0-9]+(?:-[a-z0-9]+){3,}$/,
  /** rel="tag" among a link's rel values. */
  tagRel: /(?:^|\s)tag(?:\s|$)/i,
  /** ARIA roles of page furniture. */
  unlikelyRole: /^(?:menu|menubar|complementary|navigation|alert|alertdialog|dialog|banner|contentinfo|search|toolbar|tablist)$/i,
  space: /\s+/g,
  /** A short line that ends like a sentence (a one-line paragraph is still text). */
  sentenceEnd: /\.(?: |$)/,
  /** schema.org / Open Graph types that say "this page is one article". */
  articleType: /^(?:Article|NewsArticle|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|article)$/,
  /** …and types that say it is something else. */
  nonArticleType:
    /^(?:VideoObject|VideoGallery|CollectionPage|SearchResultsPage|ItemList|ProfilePage|Product|WebApplication|SoftwareApplication|MediaGallery|ImageGallery|video(?:\.\w+)?|profile|product|music\.\w+|website|WebSite)$/,
  /** "@type": "X" or "@type": ["X", "Y"] inside JSON-LD, without parsing it. */
  ldType: /"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g,
  quoted: /"([^"]+)"/g,
  articleBody: /articleBody/i,
  /** og:type "website" is what many CMSs put on articles too: no evidence either way. */
  website: /^website$/i,
} as const;

/** Paragraphs shorter than this (characters) are not scored: captions, labels, bylines. */
const MIN_PARAGRAPH_CHARS = 25;
/** A paragraph earns at most this many points for length (one per 100 characters). */
const MAX_LENGTH_POINTS = 3;
/** How many ancestors a paragraph's score reaches (Readability uses 5). */
const SCORED_ANCESTOR_LEVELS = 5;
/** Class/id hint weight (Readability's). */
const CLASS_WEIGHT = 25;
/** Alternative candidates at least this close to the top one point to a common container. */
const ALTERNATIVE_SCORE_RATIO = 0.75;
/** Alternatives considered, and how many must share an ancestor before we climb to it. */
const TOP_CANDIDATES = 5;
const MIN_COMMON_ALTERNATIVES = 3;
/** Parts sharing the top candidate's class are looked for among this many best candidates (bounds the work on pathological pages). */
const MAX_PART_CANDIDATES = 50;
/** A sibling is article too when its score reaches this share of the top (or the absolute floor). */
const SIBLING_SCORE_RATIO = 0.2;
const SIBLING_SCORE_FLOOR = 10;
/** A paragraph-like sibling joins when this long with few links, or short, linkless and sentence-like. */
const SIBLING_LONG_CHARS = 80;
const SIBLING_MAX_LINK_DENSITY = 0.25;
/** Less non-link text than this in the root: not an article (the shortest corpus article, a paywalled WSJ teaser, has 366). */
const MIN_ARTICLE_CHARS = 300;
/** A paragraph of running text is at least this long; table cells and headings do not count. */
const SENTENCE_PARAGRAPH_CHARS = 80;
/** Less running text than this: a data table, a form, an app screen (a standings table with one intro paragraph on the corpus has 208). */
const MIN_PROSE_CHARS = 150;
/**
 * Below this much root text, try again without the unlikely-class rule and keep the longer result (Readability's retry).
 * (The retry reads comments too, so it is kept for roots that are short without their bylines and date lines.)
 */
const RETRY_BELOW_CHARS = 400;
/**
 * A root with at least this many headline links (teasers) and little text per teaser is a listing.
 * (Teaser boxes set between paragraphs of running text are not counted: see `Stats.interleaved`.)
 */
const MIN_TEASERS = 4;
const MAX_CHARS_PER_TEASER_IN_LISTING = 400;
/** Inside the root, a list or box with more of its text in links than this is a link box. */
const MAX_BOX_LINK_DENSITY = 0.5;
/** …and a paragraph that is nearly all link ("Read more: …", "Related: …"). */
const MAX_PARAGRAPH_LINK_DENSITY = 0.8;
/** An excluded box must not hold more than this share of the root's text (it would be the article). */
const MAX_EXCLUDED_TEXT_SHARE = 0.5;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** What the walk learns about one element's subtree. */
interface Stats {
  /** Characters of text (white space runs counted as one). */
  text: number;
  /** …of which inside links. */
  link: number;
  /** Headline links and `<article>` cards: teasers of other pages. */
  teasers: number;
  /** Characters in paragraphs of running text (own text at least SENTENCE_PARAGRAPH_CHARS; not table cells or headings). */
  prose: number;
  /**
   * …of the teasers, those in boxes with running text both before and after them in the same
   * parent ("Related: …" boxes inside an article's body). A listing's teasers stand together
   * (cards side by side), or alternate with their own one-line blurbs under bare headings.
   */
  interleaved: number;
}

/** One open element during the walk. */
interface Frame {
  el: Element;
  tag: string;
  stats: Stats;
  /** Text whose nearest block ancestor is this element: its own paragraph. */
  ownText: number;
  ownCommas: number;
  /** Never the article itself (a form): excluded if inside the root without the top candidate. */
  unlikely: boolean;
  /** Running text of the children closed so far (teaser boxes' blurbs not included). */
  childProse: number;
  /** Teasers in boxes after running text, waiting for running text after them too; and how much running text came before them. */
  pending: number;
  pendingAt: number;
}

export interface FinderLog { (element: Element | null, rule: string): void; }

function classAndId(el: Element): string {
  const c = el.getAttribute("class");
  const raw = el.getAttribute("id");
  // An id of four or more hyphen-joined words is a heading's anchor ("sharing-with-a-single-developer"), not a widget's name.
  const i = raw && REGEXPS.headingSlug.test(raw) ? null : raw;
  return c && i ? `${c} ${i}` : (c ?? i ?? "");
}

function classWeight(el: Element): number {
  const s = classAndId(el);
  if (!s) return 0;
  let w = 0;
  if (REGEXPS.negative.test(s)) w -= CLASS_WEIGHT;
  if (REGEXPS.positive.test(s)) w += CLASS_WEIGHT;
  return w;
}

function tagWeight(tag: string): number {
  switch (tag) {
    case "DIV": case "ARTICLE": case "SECTION": case "MAIN": return 5;
    case "PRE": case "TD": case "BLOCKQUOTE": return 3;
    case "ADDRESS": case "OL": case "UL": case "DL": case "DD": case "DT": case "LI": case "FORM": return -3;
    case "H1": case "H2": case "H3": case "H4": case "H5": case "H6": case "TH": return -5;
    default: return 0;
  }
}

/** What a text node adds to the walk: its visible characters (white space runs counted as one, CJK ones as CJK_CHAR_WEIGHT) and commas. */
interface Tally { chars: number; commas: number; /** Last character seen was white space (true at a node's start). */ space: boolean; }

/**
 * Chinese, Japanese and Korean write a word in one to three characters, with no
 * spaces: each of their characters counts as this many, so a paragraph of
 * running text reaches the same lengths in every script.
 */
const CJK_CHAR_WEIGHT = 3;
/** CJK radicals, kana, ideographs, Yi and Hangul syllables (U+2E80–U+D7AF). */
const CJK_FIRST = 0x2e80;
const CJK_LAST = 0xd7af;

/** Adds one piece of a text node to `t`; a node read in pieces tallies as it would whole. */
function tally(s: string, t: Tally): void {
  let n = 0;
  let commas = 0;
  let space = t.space;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Printable ASCII, most of any page's text: one character, no space; a comma maybe.
    if (c > 32 && c < 127) {
      n++;
      space = false;
      if (c === 0x2c) commas++;
    } else if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12) {
      if (!space) n++;
      space = true;
    } else {
      n += c >= CJK_FIRST && c <= CJK_LAST ? CJK_CHAR_WEIGHT : 1;
      space = false;
      // Commas of Latin, Arabic, small-form, CJK and other scripts (this loop already visits every character).
      if (c === 0x2c || c === 0x060c || c === 0xfe50 || c === 0xfe10 || c === 0xfe11 || c === 0x2e41 || c === 0x2e34
          || c === 0x2e32 || c === 0xff0c) commas++;
    }
  }
  t.chars += n;
  t.commas += commas;
  t.space = space;
}

function collapse(s: string): string {
  return s.replace(REGEXPS.space, " ").trim();
}

/** What the page's meta tags and JSON-LD declare about it. */
interface Declared {
  /** schema.org and Open Graph types. */
  types: string[];
  /** The first og:title meta's content (the title when the page has no h1). */
  ogTitle: string | null;
}

function* declaredSteps(doc: Document, pace: Pace): Generator<void, Declared, void> {
  const types: string[] = [];
  let ogTitle: string | null = null;
  let ogTitleSeen = false;
  // By tag name, not a selector: linkedom (the CLI) runs a full selector engine over the tree for each
  // querySelectorAll, about a tenth of the whole extraction on a median page (npm run bench).
  const metas = doc.getElementsByTagName("meta");
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]!;
    const property = meta.getAttribute("property");
    if (property === "og:type") {
      const c = meta.getAttribute("content");
      if (c) types.push(c.trim());
    } else if (property === "og:title" && !ogTitleSeen) {
      ogTitleSeen = true;
      ogTitle = meta.getAttribute("content");
    }
    if (pace.spend()) yield;
  }
  const scripts = doc.getElementsByTagName("script");
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i]!;
    if ((script.getAttribute("type") ?? "").toLowerCase() === "application/ld+json") {
      const json = script.textContent ?? "";
      for (const m of json.matchAll(REGEXPS.ldType)) {
        for (const q of (m[1] ?? "").matchAll(REGEXPS.quoted)) types.push((q[1] ?? "").trim());
      }
      if (pace.spend(Pace.textUnits(json.length))) yield;
    } else if (pace.spend()) yield;
  }
  return { types, ogTitle };
}

/**
 * `null` when the page is not an article (or has no body, or is a frameset).
 * `log`, when given, is told which rule decided what.
 */
export function findArticle(doc: Document, log?: FinderLog): Article | null {
  return runToEnd(findArticleSteps(doc, log));
}

/**
 * The document's body. A parser that does not repair misplaced markup (linkedom,
 * for the CLI) leaves an empty body first and the page in a later one when the
 * page has markup before its <head>: the first body that holds anything is the page.
 */
function bodyOf(doc: Document): HTMLElement | null {
  const html = doc.documentElement;
  // No root element at all (linkedom's `body` getter throws then).
  if (!html) return null;
  const body = doc.body;
  if (!body || body.firstChild) return body;
  for (let el = html.firstElementChild; el; el = el.nextElementSibling) {
    if (tagOf(el) === "BODY" && el.firstChild) return el as HTMLElement;
  }
  return body;
}

/** The same search, pausing after every UNITS_PER_STEP units of work (steps.ts). */
export function* findArticleSteps(doc: Document, log?: FinderLog): Generator<void, Article | null, void> {
  const say: FinderLog = log ?? (() => {});
  const body = bodyOf(doc);
  if (!body || tagOf(body) === "FRAMESET") {
    say(null, "no body or a frameset");
    return null;
  }
  const style = computedStyleFor(doc);
  const pace = new Pace();

  // Declared types: a page that says it is a video or a listing, and never an article, is not one.
  const { types, ogTitle } = yield* declaredSteps(doc, pace);
  const saysArticle = types.some((t) => REGEXPS.articleType.test(t));
  const saysOther = types.filter((t) => REGEXPS.nonArticleType.test(t) && !REGEXPS.website.test(t));
  if (!saysArticle && saysOther.length > 0) {
    say(null, `declared type ${saysOther.join(", ")}, no article type`);
    return null;
  }

  const page: PageFacts = { doc, body, style, saysArticle, ogTitle };
  const first = yield* attemptSteps(page, true, say, pace);
  if (first.article && first.text >= RETRY_BELOW_CHARS) return first.article;
  // Too little found: the unlikely-class rule may have hidden the article
  // (class names like "PageBuilder-pageRow", "penci_sidebar"): retry without it.
  say(null, "retrying without the unlikely-class rule");
  const second = yield* attemptSteps(page, false, say, pace);
  if (!first.article) return second.article;
  return second.article && second.text > first.text ? second.article : first.article;
}

/** What both attempts share. */
interface PageFacts {
  doc: Document;
  body: HTMLElement;
  style: ReturnType<typeof computedStyleFor>;
  saysArticle: boolean;
  ogTitle: string | null;
}

interface Attempt { article: Article | null; text: number; }

function* attemptSteps(page: PageFacts, skipUnlikely: boolean, say: FinderLog, pace: Pace): Generator<void, Attempt, void> {
  const { doc, body, style, saysArticle } = page;
  const none: Attempt = { article: null, text: 0 };
  const stats = new Map<Element, Stats>();
  const scores = new Map<Element, number>();
  const unlikelyBoxes: Element[] = [];
  const linkBoxes: Element[] = [];
  const h1s: Element[] = [];
  /** <article>s inside another <article>: other stories' cards ("you may also like"). */
  const articles: Element[] = [];
  const articleBodies: Element[] = [];
  /** Links with rel="tag" (the microformat, and WordPress's "category tag"): links to topic pages. */
  const tagLinks: Element[] = [];
  let appRole = false;

  const frames: Frame[] = [];
  let linkDepth = 0;
  let articleDepth = 0;
  /** Index in `frames` of the innermost block element: where text goes. */
  const blockStack: number[] = [];

  const open = (el: Element, tag: string, unlikely: boolean): void => {
    if (BLOCK_TAGS.has(tag)) blockStack.push(frames.length);
    if (tag === "A") linkDepth++;
    if (tag === "ARTICLE") articleDepth++;
    frames.push({
      el, tag, stats: { text: 0, link: 0, teasers: 0, prose: 0, interleaved: 0 }, ownText: 0, ownCommas: 0, unlikely,
      childProse: 0, pending: 0, pendingAt: 0,
    });
  };

  const addScore = (el: Element, tag: string, points: number): void => {
    const prev = scores.get(el);
    scores.set(el, (prev ?? tagWeight(tag) + classWeight(el)) + points);
  };

  const close = (): void => {
    const f = frames.pop();
    // (Only when the page moved nodes between two steps: the walk then ends early, without an exception.)
    if (!f) return;
    const { el, tag, stats: s } = f;
    if (tag === "A") linkDepth--;
    if (tag === "ARTICLE") articleDepth--;
    if (BLOCK_TAGS.has(tag)) blockStack.pop();
    // A paragraph: its own text scores its ancestors (Readability's rule).
    const scorable = tag === "P" || tag === "PRE" || tag === "TD" || tag === "DIV" || tag === "SECTION"
      || tag === "ARTICLE" || tag === "BLOCKQUOTE" || (HEADING_TAGS.has(tag) && tag !== "H1");
    // (Text straight in <body> or <main>, between equations or images, is running text too.)
    if ((scorable || tag === "LI" || tag === "BODY" || tag === "MAIN") && f.ownText >= SENTENCE_PARAGRAPH_CHARS
        && tag !== "TD" && !HEADING_TAGS.has(tag)) {
      s.prose += f.ownText;
    }
    if (tag === "ARTICLE" && frames.length > 0) s.teasers++;
    if (HEADING_TAGS.has(tag) && s.link > 0 && s.link >= s.text / 2) s.teasers++;
    // Running text of its own after the last teaser box (text between <br>s, not in a child paragraph).
    if (f.pending > 0 && f.childProse + f.ownText - f.pendingAt >= SENTENCE_PARAGRAPH_CHARS) s.interleaved += f.pending;
    if (s.text > 0) stats.set(el, s);
    const parent = frames[frames.length - 1];
    if (parent) {
      parent.stats.text += s.text;
      parent.stats.link += s.link;
      parent.stats.teasers += s.teasers;
      parent.stats.prose += s.prose;
      parent.stats.interleaved += s.interleaved;
      const boxed = s.teasers - s.interleaved;
      if (boxed > 0 && !HEADING_TAGS.has(tag) && s.text - s.link < MAX_CHARS_PER_TEASER_IN_LISTING * s.teasers) {
        // A box of teasers (a card, a "Related" box): interleaved once running text follows it as well.
        // (A bare headline among paragraphs is not a box: that is how a listing alternates headline and blurb.)
        const before = parent.childProse + parent.ownText;
        if (before >= SENTENCE_PARAGRAPH_CHARS) {
          if (parent.pending === 0) parent.pendingAt = before;
          parent.pending += boxed;
        }
      } else if (s.prose > 0) {
        // Running text (or a stretch of the article holding boxes of its own).
        parent.childProse += s.prose;
        if (parent.pending > 0 && parent.childProse + parent.ownText - parent.pendingAt >= SENTENCE_PARAGRAPH_CHARS) {
          parent.stats.interleaved += parent.pending;
          parent.pending = 0;
        }
      }
    }
    if (f.unlikely) {
      if (s.text > 0) unlikelyBoxes.push(el);
    }
    if (s.text > 0) {
      const density = s.link / s.text;
      if ((tag === "UL" || tag === "OL" || tag === "DL" || tag === "DIV" || tag === "SECTION" || tag === "TABLE")
          && density > MAX_BOX_LINK_DENSITY) linkBoxes.push(el);
      else if (tag === "P" && density > MAX_PARAGRAPH_LINK_DENSITY) linkBoxes.push(el);
    }
    if (scorable && f.ownText >= MIN_PARAGRAPH_CHARS) {
      const points = 1 + f.ownCommas + Math.min(Math.floor(f.ownText / 100), MAX_LENGTH_POINTS);
      // A div's own text scores the div itself as a paragraph would its parent.
      const first = tag === "DIV" || tag === "SECTION" || tag === "ARTICLE" ? frames.length : frames.length - 1;
      const top = frames.length === 0 ? -1 : first;
      for (let level = 0; level < SCORED_ANCESTOR_LEVELS; level++) {
        const i = top - level;
        const anc = i === frames.length ? f : frames[i];
        if (!anc) break;
        const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
        addScore(anc.el, anc.tag, points / divider);
      }
    }
  };

  /** Text counted once, on the innermost element; close() carries it upward. */
  const addText = (t: Tally): void => {
    const f = frames[frames.length - 1];
    if (t.chars === 0 || !f) return;
    f.stats.text += t.chars;
    if (linkDepth > 0) f.stats.link += t.chars;
    const bf = frames[blockStack[blockStack.length - 1] ?? 0];
    if (bf) {
      bf.ownText += t.chars;
      bf.ownCommas += t.commas;
    }
  };

  // The walk: depth first over the body, skipping subtrees that are never the article.
  open(body, "BODY", false);
  let node: Node | null = body.firstChild;
  while (node) {
    let descend = false;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const text = node as Text;
      if (text.length <= CHARS_PER_STEP) {
        const data = text.data;
        const t: Tally = { chars: 0, commas: 0, space: true };
        tally(data, t);
        addText(t);
        if (pace.spend(Pace.textUnits(data.length))) yield;
      } else {
        // One huge text node (a 10 MB paragraph): a step per piece.
        const t: Tally = { chars: 0, commas: 0, space: true };
        for (const [piece] of textPieces(text)) {
          t.chars = 0;
          t.commas = 0;
          tally(piece, t);
          addText(t);
          pace.spend(Pace.textUnits(piece.length));
          yield;
        }
      }
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const tag = tagOf(el);
      const role = el.getAttribute("role");
      if (role === "application") appRole = true;
      const hint = classAndId(el);
      if (tag === "FORM") {
        // Some sites wrap the whole page in one form (ASP.NET): walk in, but a
        // form is never the article itself, and inside the root it is a signup box.
        if (!isHiddenElement(el, style)) {
          open(el, tag, true);
          if (el.firstChild) descend = true;
          else close();
        }
      } else if (SKIP_TAGS.has(tag) || isHiddenElement(el, BLOCK_TAGS.has(tag) ? style : null)) {
        // (The whole page is walked here: computed style is read only for block
        // boxes; inline elements are judged by their attributes and classes.)
        // skipped: never article text
      } else if (role && REGEXPS.unlikelyRole.test(role)) {
        say(el, `role=${role}`);
        unlikelyBoxes.push(el);
      } else if (skipUnlikely && hint !== "" && tag !== "ARTICLE" && tag !== "MAIN" && tag !== "BODY"
          && ((REGEXPS.unlikely.test(hint) && !REGEXPS.maybeCandidate.test(hint)) || REGEXPS.furniture.test(hint))) {
        // Like Readability's removal of unlikely candidates, without removing: skip it.
        say(el, `unlikely class/id "${hint}"`);
        unlikelyBoxes.push(el);
      } else {
        if (tag === "H1") h1s.push(el);
        if (tag === "ARTICLE" && articleDepth > 0) articles.push(el);
        const prop = el.getAttribute("itemprop");
        if (prop && REGEXPS.articleBody.test(prop)) articleBodies.push(el);
        if (tag === "A" && REGEXPS.tagRel.test(el.getAttribute("rel") ?? "")) tagLinks.push(el);
        open(el, tag, false);
        if (el.firstChild) descend = true;
        else close();
      }
    }
    if (type !== TEXT_NODE && pace.spend()) yield;
    if (descend) {
      node = node.firstChild;
      continue;
    }
    let cur: Node = node;
    node = null;
    while (cur !== body) {
      if (cur.nextSibling) { node = cur.nextSibling; break; }
      const parent: Node | null = cur.parentNode;
      if (!parent || parent === body) break;
      close();
      cur = parent;
      if (pace.spend()) yield;
    }
  }
  while (frames.length > 0) close();

  const ownTextOf = (el: Element): number => {
    const s = stats.get(el);
    return s ? s.text - s.link : 0;
  };
  const linkDensity = (el: Element): number => {
    const s = stats.get(el);
    return s && s.text > 0 ? s.link / s.text : 0;
  };

  // Top candidate: highest score discounted by link density. Unlikely boxes never win.
  // Only the best RANKED candidates are kept in order (what the rules below read), so
  // no step sorts every scored element of a huge page.
  const unlikelySet = new Set(unlikelyBoxes);
  const ranked: Ranked[] = [];
  const finalScore = new Map<Element, number>();
  for (const [el, raw] of scores) {
    if (pace.spend()) yield;
    if (unlikelySet.has(el)) continue;
    const score = raw * (1 - linkDensity(el));
    finalScore.set(el, score);
    keepBest(ranked, { el, score });
  }
  const best = ranked[0];
  if (!best) {
    say(null, "no scored paragraph");
    return none;
  }
  let top = best.el;
  say(top, `top candidate, score ${best.score.toFixed(1)}`);

  // Several near-equal candidates under one ancestor: the article is split into parts.
  const alternatives = ranked.slice(1, TOP_CANDIDATES).filter((r) => r.score / best.score >= ALTERNATIVE_SCORE_RATIO);
  if (alternatives.length >= MIN_COMMON_ALTERNATIVES) {
    // p.contains(a) is "p is one of a's ancestors": collect those once instead of asking for every p.
    const around: Array<Set<Node>> = [];
    for (const a of alternatives) around.push(yield* ancestorSteps(a.el, pace));
    for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
      if (pace.spend()) yield;
      let inside = 0;
      for (const set of around) if (set.has(p)) inside++;
      if (inside >= MIN_COMMON_ALTERNATIVES) {
        say(p, `holds ${inside} near-top candidates: ${alternatives.map((a) => `${a.el.tagName}.${a.el.getAttribute("class")}=${a.score.toFixed(1)}`).join(" ")}`);
        top = p;
        break;
      }
    }
  }
  // The article split into parts that share the top candidate's class (text, figure, text…):
  // the root is their common ancestor.
  const topClass = top.getAttribute("class");
  if (topClass) {
    for (const r of ranked.slice(0, MAX_PART_CANDIDATES)) {
      if (pace.spend()) yield;
      if (r.el === top || r.score < SIBLING_SCORE_FLOOR || r.el.getAttribute("class") !== topClass) continue;
      const around = yield* ancestorSteps(r.el, pace);
      if (around.has(top) || r.el.contains(top)) continue;
      let common: Element | null = top.parentElement;
      while (common && !around.has(common)) {
        common = common.parentElement;
        if (pace.spend()) yield;
      }
      if (common && common !== body && common !== doc.documentElement) {
        say(common, `holds another part with the top candidate's class "${topClass}"`);
        top = common;
      }
    }
  }
  // A parent scoring higher than its best child is the better container (Readability).
  {
    let last = finalScore.get(top) ?? 0;
    const threshold = last / 3;
    for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
      if (pace.spend()) yield;
      const ps = finalScore.get(p);
      if (ps === undefined) continue;
      if (ps < threshold) break;
      if (ps > last) { say(p, "parent scores higher"); top = p; break; }
      last = ps;
    }
  }

  // Siblings that are article too: the root becomes their parent, other siblings excluded.
  let root: Element = top;
  const excluded: Element[] = [];
  const parent = top.parentElement;
  if (parent && parent !== doc.documentElement) {
    const topScore = finalScore.get(top) ?? 0;
    const threshold = Math.max(SIBLING_SCORE_FLOOR, topScore * SIBLING_SCORE_RATIO);
    const joined: Element[] = [];
    const left: Element[] = [];
    for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
      if (pace.spend()) yield;
      if (s === top) continue;
      const st = stats.get(s);
      if (!st) continue;
      const score = finalScore.get(s);
      const sameClass = s.getAttribute("class") === top.getAttribute("class") && !!s.getAttribute("class");
      let join = score !== undefined && score + (sameClass ? topScore * SIBLING_SCORE_RATIO : 0) >= threshold;
      if (!join && (tagOf(s) === "P" || wrapsOneParagraph(s)) && !unlikelySet.has(s)) {
        const ld = st.link / st.text;
        if (st.text > SIBLING_LONG_CHARS && ld < SIBLING_MAX_LINK_DENSITY) join = true;
        else if (st.text <= SIBLING_LONG_CHARS && ld === 0 && REGEXPS.sentenceEnd.test(s.textContent ?? "")) join = true;
      }
      (join ? joined : left).push(s);
    }
    if (joined.length > 0) {
      say(parent, `root: top candidate and ${joined.length} sibling(s)`);
      root = parent;
      excluded.push(...left);
    }
  }
  // Semantic markup: an itemprop=articleBody that holds the root's text is the tighter root.
  for (const ab of articleBodies) {
    if (pace.spend()) yield;
    if (ab !== root && root.contains(ab)) {
      const a = stats.get(ab)?.text ?? 0;
      const r = stats.get(root)?.text ?? 1;
      if (a / r > MAX_EXCLUDED_TEXT_SHARE) { say(ab, "itemprop=articleBody inside root"); root = ab; excluded.length = 0; }
    }
  }

  // Too short a root (a notice box won over a page of short feature blurbs): when unsure, read the
  // nearest container around it that holds enough running text, rather than nothing.
  if (ownTextOf(root) < MIN_ARTICLE_CHARS || (stats.get(root)?.prose ?? 0) < MIN_PROSE_CHARS) {
    for (let p = root.parentElement; p && p !== body; p = p.parentElement) {
      if (pace.spend()) yield;
      const ps = stats.get(p);
      if (!ps || unlikelySet.has(p) || linkDensity(p) > MAX_BOX_LINK_DENSITY) continue;
      if (ps.text - ps.link >= MIN_ARTICLE_CHARS && ps.prose >= MIN_PROSE_CHARS) {
        say(p, "root too short: the nearest container with enough running text");
        root = p;
        excluded.length = 0;
        break;
      }
    }
  }

  // Not an article: too little text, or a listing of teasers.
  const rs = stats.get(root) ?? { text: 0, link: 0, teasers: 0, prose: 0, interleaved: 0 };
  const ownWords = rs.text - rs.link;
  if (ownWords < MIN_ARTICLE_CHARS) {
    say(root, `not an article: ${ownWords} characters of non-link text`);
    return { article: null, text: ownWords };
  }
  if (rs.prose < MIN_PROSE_CHARS) {
    say(root, `not an article: ${rs.prose} characters of running text (the rest is table cells, headings, labels)`);
    return { article: null, text: ownWords };
  }
  // Teaser boxes between the paragraphs of running text are the article's "Related" boxes, not a
  // listing's items, when the root has enough text of its own for each of them.
  const interleaved = ownWords >= rs.interleaved * MAX_CHARS_PER_TEASER_IN_LISTING ? rs.interleaved : 0;
  const teasers = rs.teasers - interleaved;
  if (!saysArticle && teasers >= MIN_TEASERS && ownWords / teasers < MAX_CHARS_PER_TEASER_IN_LISTING) {
    say(root, `not an article: ${teasers} teasers${interleaved > 0 ? ` (and ${interleaved} in boxes between paragraphs)` : ""}`);
    return none;
  }
  if (interleaved > 0 && rs.teasers >= MIN_TEASERS && ownWords / rs.teasers < MAX_CHARS_PER_TEASER_IN_LISTING) {
    say(root, `${interleaved} of ${rs.teasers} teasers in boxes between paragraphs: not a listing`);
  }
  if (appRole && !saysArticle) {
    say(root, "not an article: role=application");
    return none;
  }

  // Boxes inside the root that are not the article.
  const rootText = rs.text;
  // A list of topic tags ("Tags: budget, council"), not tag links inside a sentence of the article.
  yield* tagListSteps(tagLinks, stats, linkBoxes, pace);
  for (const boxes of [unlikelyBoxes, linkBoxes, articles]) {
    for (const box of boxes) {
      if (pace.spend()) yield;
      if (box === root || !root.contains(box) || box.contains(top)) continue;
      const t = stats.get(box)?.text ?? 0;
      if (t > rootText * MAX_EXCLUDED_TEXT_SHARE) continue;
      excluded.push(box);
    }
  }

  const title = yield* titleSteps(root, h1s, page.ogTitle, pace);
  return { article: { root, excluded, title }, text: ownWords };
}

interface Ranked { el: Element; score: number; }

/** Tag links whose parent is more than half tag links are a tag list: they join `linkBoxes`. */
/** `<div class="lead-1"><p>…</p></div>`: a wrapper around one paragraph and nothing else reads as that paragraph. */
function wrapsOneParagraph(el: Element): boolean {
  const only = el.firstElementChild;
  if (!only || only.nextElementSibling !== null || tagOf(only) !== "P") return false;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === TEXT_NODE && (n.textContent ?? "").trim() !== "") return false;
  return true;
}

function* tagListSteps(tagLinks: Element[], stats: Map<Element, Stats>, linkBoxes: Element[], pace: Pace): Generator<void, void, void> {
  const tagText = new Map<Element, number>();
  for (const a of tagLinks) {
    const parent = a.parentElement;
    if (parent) tagText.set(parent, (tagText.get(parent) ?? 0) + (stats.get(a)?.text ?? 0));
    if (pace.spend()) yield;
  }
  for (const a of tagLinks) {
    const parent = a.parentElement;
    const whole = parent ? stats.get(parent)?.text ?? 0 : 0;
    if (parent && whole > 0 && (tagText.get(parent) ?? 0) / whole > MAX_BOX_LINK_DENSITY) linkBoxes.push(a);
    if (pace.spend()) yield;
  }
}

/** Candidates kept in order: enough for the alternatives and the parts rules. */
const RANKED = Math.max(TOP_CANDIDATES, MAX_PART_CANDIDATES);

/**
 * Inserts `r` into `ranked` (best first, at most RANKED long) where a stable
 * sort by score would put it: after every candidate scoring the same or more.
 */
function keepBest(ranked: Ranked[], r: Ranked): void {
  const last = ranked[ranked.length - 1];
  if (last && ranked.length >= RANKED && r.score <= last.score) return;
  let lo = 0;
  let hi = ranked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranked[mid]!.score >= r.score) lo = mid + 1;
    else hi = mid;
  }
  ranked.splice(lo, 0, r);
  if (ranked.length > RANKED) ranked.pop();
}

/** `el` and all its ancestors (what `a.contains(el)` asks for every a), a unit of work each. */
function* ancestorSteps(el: Element, pace: Pace): Generator<void, Set<Node>, void> {
  const out = new Set<Node>();
  for (let n: Node | null = el; n; n = n.parentNode) {
    out.add(n);
    if (pace.spend()) yield;
  }
  return out;
}

function* titleSteps(root: Element, h1s: Element[], ogTitle: string | null, pace: Pace): Generator<void, string | null, void> {
  let before: Element | null = null;
  for (const h of h1s) {
    if (pace.spend()) yield;
    if (root.contains(h)) return collapse(h.textContent ?? "") || null;
    // DOCUMENT_POSITION_FOLLOWING (4): root comes after the heading.
    if (h.compareDocumentPosition(root) & 4) before = h;
  }
  if (before) return collapse(before.textContent ?? "") || null;
  return ogTitle ? collapse(ogTitle) : null;
}
