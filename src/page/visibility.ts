/**
 * Is an element hidden from a sighted reader? Works on the live DOM and on a
 * layout-less Node DOM (linkedom): attributes, inline style and class hints
 * first, and the real computed style only when the document has one.
 *
 * Never forces layout: only `getComputedStyle` property reads (style, not
 * geometry), and only when the browser provides a real implementation.
 */

/** All regular expressions of this file, built once. */
const REGEXPS = {
  /** Inline styles that hide an element and everything in it. */
  hiddenStyle: /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\b/i,
  /** Class names sites use for screen-reader-only duplicates and hidden boxes. */
  hiddenClass:
    // Not bare "hidden"/"d-none": utility frameworks pair them with breakpoint
    // classes ("hidden md:block") that show the element on a desktop.
    /(?:^|\s)(?:sr-only|sr_only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|screen-reader-only|a11y-hidden|hidden-visually|u-hidden|is-hidden|offscreen|element-invisible|assistive-text|d-print-block|d-print-inline|print-only|visible-print|show-for-print)(?:\s|$)/i,
  /** Inline position that, with a zero clip, makes the sr-only idiom. */
  absolute: /position\s*:\s*absolute/i,
  /** Clip rectangles that shrink an element to nothing (the sr-only idiom). */
  zeroClip: /rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)|inset\(\s*50%\s*\)/i,
} as const;

/**
 * The browser's getComputedStyle for this document, or null on a Node DOM
 * that has none (linkedom) or a fake one. Probed once per document.
 */
type StyleFn = (el: Element) => CSSStyleDeclaration;
const styleCache = new WeakMap<Document, StyleFn | null>();

export function computedStyleFor(doc: Document): StyleFn | null {
  if (styleCache.has(doc)) return styleCache.get(doc) ?? null;
  let fn: StyleFn | null = null;
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (view && typeof view.getComputedStyle === "function" && doc.documentElement) {
      // A real implementation computes a display value for the root element.
      const probe = view.getComputedStyle(doc.documentElement);
      if (probe && typeof probe.display === "string" && probe.display !== "") {
        fn = (el) => view.getComputedStyle(el);
      }
    }
  } catch {
    fn = null;
  }
  styleCache.set(doc, fn);
  return fn;
}

/**
 * True when the element (and so its whole subtree) should be treated as not
 * shown: `hidden`, `aria-hidden="true"`, inline `display:none`, screen-reader
 * classes, or (in a browser) a computed style that hides or clips it away.
 * Ancestors are not checked: callers walk from the top and skip subtrees.
 */
export function isHiddenElement(el: Element, style: StyleFn | null): boolean {
  if (el.hasAttribute("hidden")) return true;
  if (el.getAttribute("aria-hidden") === "true") return true;
  const inline = el.getAttribute("style");
  if (inline && REGEXPS.hiddenStyle.test(inline)) return true;
  const cls = el.getAttribute("class");
  // In a browser the computed style below is the truth; class names are only a
  // stand-in where there is no layout engine.
  if (!style && cls && REGEXPS.hiddenClass.test(cls)) return true;
  if (inline && REGEXPS.absolute.test(inline) && REGEXPS.zeroClip.test(inline)) return true;
  if (!style) return false;
  const cs = style(el);
  if (cs.display === "none") return true;
  if (cs.visibility === "hidden" || cs.visibility === "collapse") return true;
  if (cs.position === "absolute" && (REGEXPS.zeroClip.test(cs.clip) || REGEXPS.zeroClip.test(cs.clipPath))) {
    return true;
  }
  return false;
}
