/**
 * The one path from a DOM document to an Attribution, shared by the content
 * script and the CLI so both see the same article and the same quotes. The
 * content script runs the DOM half (read-article.ts) on the page and the
 * engine in the background; the CLI runs both here.
 */
import { attributeSteps } from "../core/attribute";
import type { Attribution } from "../core/attribution";
import { readArticleSteps, type PageArticle } from "./read-article";
import { runToEnd } from "./steps";

export interface PageAttribution extends PageArticle {
  attribution: Attribution;
}

/** null when the document is not an article: callers then do nothing. */
export function extractFromDocument(doc: Document, url: string | null): PageAttribution | null {
  return runToEnd(extractSteps(doc, url));
}

/** The article and what the engine makes of it, pausing between blocks and speakers too. */
export function* extractSteps(doc: Document, url: string | null): Generator<void, PageAttribution | null, void> {
  const page = yield* readArticleSteps(doc);
  if (!page) return null;
  yield;
  const attribution = yield* attributeSteps(page.blocks, { url, title: page.title });
  return { ...page, attribution };
}
