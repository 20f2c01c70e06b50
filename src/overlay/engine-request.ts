/**
 * What the content script sends the engine (in the background) for one
 * article: the blocks' text and kind, nothing of the DOM. An article longer
 * than MAX_ARTICLE_CHARS is sent up to that point only: one page must not
 * hold the background that every tab shares for seconds, nor come near the
 * browsers' 64 MiB limit for one message. Offsets in the reply stay valid,
 * since only the end is cut.
 */
import type { Attribute } from "../messages";
import type { PageArticle } from "../page/read-article";

/** About 800,000 words: a hundred times a long feature, far past any real article. */
export const MAX_ARTICLE_CHARS = 5_000_000;

export function engineRequest(page: PageArticle, url: string, maxChars = MAX_ARTICLE_CHARS): Attribute {
  const blocks: Attribute["blocks"] = [];
  let left = maxChars;
  for (const { text, kind } of page.blocks) {
    if (left <= 0) break;
    const sent = text.length > left ? text.slice(0, left) : text;
    blocks.push({ text: sent, kind });
    left -= sent.length;
  }
  return { type: "saidby/attribute", url, title: page.title, blocks };
}
