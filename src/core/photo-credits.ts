/**
 * Captions the page did not mark as such: a block that ends with a photo
 * credit ("(Jo Lee/Quill Wire)", "(AP Photo/Ann Vole)", "Photograph: Jo
 * Lee/Quill Wire") is a caption. Its names are the photographer's and the
 * people pictured, and stay out of the text's chain of mentions, as a
 * <figcaption>'s do.
 */

/** "(NAME/AGENCY)" closing the block after a sentence: a credit has a slash between two short parts, the second capitalised. */
const CLOSING_CREDIT = /(?:^|[.!?]\s*)\([^()/]{2,60}\/\s*[A-Z][^()]{1,60}\)\s*$/u;
/** "Photograph: Jo Lee/Quill Wire", "Photo by Ann Vole": a labelled credit closing the block, one short phrase. */
const LABELLED_CREDIT = /\b(?:Photograph|Photo|Picture|Image)s?(?::| by:?)\s+[A-Z][^.!?:;"“”]{1,80}$/u;

/** Longest closing stretch a credit can take (both patterns are bounded well below it). */
const CREDIT_TAIL_CHARS = 200;

export function endsWithPhotoCredit(text: string): boolean {
  // Only the block's end is read: a huge paragraph is not scanned whole for a credit that can only close it. A cut
  // tail gets a leading letter so that "^" matches only a block's real start.
  const tail = text.length > CREDIT_TAIL_CHARS ? `x${text.slice(-CREDIT_TAIL_CHARS)}` : text;
  return CLOSING_CREDIT.test(tail) || LABELLED_CREDIT.test(tail);
}
