/**
 * The engine's home in the extension. A content script reads the article off
 * the page and sends its text here: the attribution work then runs in the
 * background's own thread, never on the page's, and its code is compiled and
 * optimised once for every page instead of cold on each.
 */
import { attribute } from "../core/attribute";
import type { Attribute, AttributeReply } from "../messages";

export function attributeArticle({ blocks, url, title }: Attribute): AttributeReply {
  try {
    return { attribution: attribute(blocks, { url, title }) };
  } catch (error) {
    // The content script shows this in the popup; the background stays up for other tabs.
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
