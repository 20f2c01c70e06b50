/**
 * The one path from a DOM document to an Attribution, shared by the content
 * script and the CLI so both see the same article and the same quotes.
 */
import { attributeSteps } from "../core/attribute";
import type { Attribution } from "../core/attribution";
import { findArticle, type Article } from "./article";
import { collectBlocks, collectBlockSteps, type PageBlock } from "./blocks";

export interface PageAttribution {
  article: Article;
  blocks: PageBlock[];
  attribution: Attribution;
}

/** null when the document is not an article: callers then do nothing. */
export function extractFromDocument(doc: Document, url: string | null): PageAttribution | null {
  const steps = extractSteps(doc, url);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, pausing between the article search, the blocks, and every block
 * and speaker of the engine, so the content script can run it in slices
 * (see run-in-slices.ts) and never hold the main thread for long.
 */
export function* extractSteps(doc: Document, url: string | null): Generator<void, PageAttribution | null, void> {
  const article = findArticle(doc);
  if (!article) return null;
  yield;
  // Headlines quote people too ("‘We had some issues,’ exec says"): the title is the first block.
  const blocks = [...titleBlocks(doc, article), ...(yield* collectBlockSteps(article))];
  yield;
  const title = article.title ?? (doc.title || null);
  const attribution = yield* attributeSteps(blocks, { url, title });
  return { article, blocks, attribution };
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
