/**
 * Bylines the page did not mark as such: a short block "By Jo Lee", "By Jo Lee and Ann Vole, Quill Wire". Its
 * names are the writers', whom the article's "she said" never means, so it stays out of the chain of mentions
 * as a caption does.
 */

/** "By", then capitalised words joined by commas, "and", "&", "|" or a few function words; nothing that ends a sentence. */
const BYLINE = /^By\s+\p{Lu}[\p{L}.'’-]*(?:(?:\s+|\s*[,|&]\s*)(?:\p{Lu}[\p{L}.'’-]*|and|of|the|for|at|in))*\s*$/u;
/** Longest block read as a byline. */
const BYLINE_CHARS = 100;

export function isByline(text: string): boolean {
  return text.length <= BYLINE_CHARS && BYLINE.test(text.trim());
}
