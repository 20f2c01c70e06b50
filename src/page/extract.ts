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
  const blocks = collectBlocks(article);
  const title = article.title ?? (doc.title || null);
  const attribution = attribute(blocks, { url, title });
  return { article, blocks, attribution };
}
