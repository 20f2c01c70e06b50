/**
 * Tag tables shared by the article finder and the block builder, so both
 * agree on what is a paragraph boundary and what is never article text.
 * Tag names are upper case, as `Element.tagName` gives them for HTML.
 */

/** Never article text: code, embedded media, controls, navigation and side boxes. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH", "BUTTON", "FORM", "NAV", "ASIDE",
  "IFRAME", "OBJECT", "EMBED", "CANVAS", "SELECT", "TEXTAREA", "INPUT", "OPTION", "VIDEO", "AUDIO",
  "HEAD", "TITLE", "LINK", "META", "DIALOG", "MENU",
]);

/** Elements that start and end a line of text: a paragraph boundary. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CAPTION", "CENTER", "DD", "DETAILS", "DIALOG", "DIV", "DL",
  "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER",
  "HGROUP", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT",
  "TH", "THEAD", "TR", "UL",
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);

/** Upper-case tag name (SVG and XML-ish documents may give lower case). */
export function tagOf(el: Element): string {
  const t = el.tagName;
  return t.length > 0 && t.charCodeAt(0) >= 97 ? t.toUpperCase() : t;
}
