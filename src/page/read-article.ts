/**
 * The DOM half of reading a page: the article and its text blocks, before the
 * engine has looked at their words. The content script runs only this on the
 * page's main thread (the engine runs in the background); the CLI and the
 * tests go on through extract.ts.
 */
import { findArticleSteps, type Article } from "./article";
import { collectBlockSteps, type PageBlock } from "./blocks";

/** The article as the page layer reads it, before the engine has looked at its words. */
export interface PageArticle {
  article: Article;
  blocks: PageBlock[];
  /** The headline the engine is told, for the Attribution's `title`. */
  title: string | null;
}

/**
 * The article and its blocks, pausing between the article search and every
 * block, so the content script can run it in slices (see run-in-slices.ts)
 * and never hold the main thread for long.
 */
export function* readArticleSteps(doc: Document): Generator<void, PageArticle | null, void> {
  const article = yield* findArticleSteps(doc);
  if (!article) return null;
  yield;
  // Headlines quote people too ("‘We had some issues,’ exec says"): the title is the first block.
  const headline = yield* titleBlockSteps(doc, article);
  const blocks = [...headline, ...(yield* collectBlockSteps(article))];
  return { article, blocks, title: article.title ?? (doc.title || null) };
}

/** The article's own h1 as a block, wherever it stands (often just outside the article root). */
function* titleBlockSteps(doc: Document, article: Article): Generator<void, PageBlock[], void> {
  if (!article.title) return [];
  const want = article.title.replace(/\s+/gu, " ").trim();
  for (const h1 of Array.from(doc.getElementsByTagName("h1"))) {
    if ((h1.textContent ?? "").replace(/\s+/gu, " ").trim() !== want) continue;
    const blocks = yield* collectBlockSteps({ root: h1, excluded: [], title: null });
    return blocks.map((b) => ({ ...b, kind: "heading" as const }));
  }
  return [];
}
