/**
 * The one path from a DOM document to an Attribution, shared by the content
 * script and the CLI so both see the same article and the same quotes. The
 * DOM half (`readArticleSteps`) and the engine half are separate so the
 * content script can run the engine away from the page's main thread.
 */
import { attributeSteps } from "../core/attribute";
import type { Attribution } from "../core/attribution";
import { findArticle, type Article } from "./article";
import { collectBlocks, collectBlockSteps, type PageBlock } from "./blocks";

/** The article as the page layer reads it, before the engine has looked at its words. */
export interface PageArticle {
  article: Article;
  blocks: PageBlock[];
  /** The headline the engine is told, for the Attribution's `title`. */
  title: string | null;
}

export interface PageAttribution extends PageArticle {
  attribution: Attribution;
}

/** null when the document is not an article: callers then do nothing. */
export function extractFromDocument(doc: Document, url: string | null): PageAttribution | null {
  return finish(extractSteps(doc, url));
}

/** Drives a step generator to its end in one go. */
function finish<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The article and its blocks, pausing between the article search and every
 * block, so the content script can run it in slices (see run-in-slices.ts)
 * and never hold the main thread for long.
 */
export function* readArticleSteps(doc: Document): Generator<void, PageArticle | null, void> {
  const article = findArticle(doc);
  if (!article) return null;
  yield;
  // Headlines quote people too ("‘We had some issues,’ exec says"): the title is the first block.
  const blocks = [...titleBlocks(doc, article), ...(yield* collectBlockSteps(article))];
  return { article, blocks, title: article.title ?? (doc.title || null) };
}

/** The article and what the engine makes of it, pausing between blocks and speakers too. */
export function* extractSteps(doc: Document, url: string | null): Generator<void, PageAttribution | null, void> {
  const page = yield* readArticleSteps(doc);
  if (!page) return null;
  yield;
  const attribution = yield* attributeSteps(page.blocks, { url, title: page.title });
  return { ...page, attribution };
}

/** The article's own h1 as a block, wherever it stands (often just outside the article root). */
function titleBlocks(doc: Document, article: Article): PageBlock[] {
  if (!article.title) return [];
  const want = article.title.replace(/\s+/gu, " ").trim();
  for (const h1 of Array.from(doc.getElementsByTagName("h1"))) {
    if ((h1.textContent ?? "").replace(/\s+/gu, " ").trim() !== want) continue;
    return collectBlocks({ root: h1, excluded: [], title: null }).map((b) => ({ ...b, kind: "heading" as const }));
  }
  return [];
}
