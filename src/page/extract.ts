/**
 * The one path from a DOM document to an Attribution, shared by the content
 * script and the CLI so both see the same article and the same quotes.
 */
import { attribute } from "../core/attribute";
import type { Attribution } from "../core/attribution";
import { findArticle, type Article } from "./article";
import { collectBlocks, type PageBlock } from "./blocks";

export interface PageAttribution {
  article: Article;
  blocks: PageBlock[];
  attribution: Attribution;
}

/** null when the document is not an article: callers then do nothing. */
export function extractFromDocument(doc: Document, url: string | null): PageAttribution | null {
  const article = findArticle(doc);
  if (!article) return null;
  // Headlines quote people too ("‘We had some issues,’ exec says"): the title is the first block.
  const blocks = [...titleBlocks(doc, article), ...collectBlocks(article)];
  const title = article.title ?? (doc.title || null);
  const attribution = attribute(blocks, { url, title });
  return { article, blocks, attribution };
}

/** The article's own h1 as a block, wherever it stands (often just outside the article root). */
function titleBlocks(doc: Document, article: Article): PageBlock[] {
  if (!article.title) return [];
  const want = article.title.replace(/\s+/gu, " ").trim();
  for (const h1 of doc.querySelectorAll("h1")) {
    if ((h1.textContent ?? "").replace(/\s+/gu, " ").trim() !== want) continue;
    return collectBlocks({ root: h1, excluded: [], title: null }).map((b) => ({ ...b, kind: "heading" as const }));
  }
  return [];
}
