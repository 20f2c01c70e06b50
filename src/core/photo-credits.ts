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

export function endsWithPhotoCredit(text: string): boolean {
  return CLOSING_CREDIT.test(text) || LABELLED_CREDIT.test(text);
}
