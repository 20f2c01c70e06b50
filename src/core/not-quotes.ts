/**
 * Text in quotation marks that is nobody's words: titles ("Star Wars"),
 * names of campaigns and shows, scare quotes. Such spans are not marked
 * unless a speech cue claims them.
 */
import type { BlockKind } from "./attribution";
import type { QuoteSpan } from "./quotes";

/** Words before a quotation that announce a name, not a statement. */
const NAMING_BEFORE = /\b(titled|entitled|named|nicknamed|so-called|dubbed|hashtag|the (?:word|words|term|phrase|slogan|motto|tagline|label))\s*$/iu;
/** Words after a quotation that show it names a work or campaign: the "Meth. We're on it" campaign. */
const NAMING_AFTER = /^\s*[,.]?\s*(campaign|slogan|series|show|film|movie|book|song|album|podcast|program|programme|ad|ads|tagline|segment|franchise|brand|initiative|documentary|episode|column|headline|motto)\b/iu;
/** Short lower-case words a title may contain without breaking its Title Case. */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from"]);
/** Titles are short; a longer capitalised span is more likely a shouted statement. */
const MAX_TITLE_WORDS = 5;
/** A quotation this short, with no speech cue near it, is a scare quote more often than a statement. */
const MAX_SCARE_QUOTE_WORDS = 2;

export function isNotAQuote(text: string, span: QuoteSpan, blockKind: BlockKind, sentenceHasCue: boolean): boolean {
  const inner = text.slice(span.start, span.end).replace(/[,.;:!?]+$/u, "");
  const before = text.slice(Math.max(0, span.open - 40), span.open);
  const after = text.slice(span.close === -1 ? text.length : span.close + 1, (span.close === -1 ? text.length : span.close + 1) + 30);
  if (NAMING_BEFORE.test(before) || NAMING_AFTER.test(after)) return true;
  const words = inner.split(/\s+/u).filter(Boolean);
  if (blockKind !== "heading" && words.length <= MAX_TITLE_WORDS && isTitleCase(words)) return true;
  if (!sentenceHasCue && words.length <= MAX_SCARE_QUOTE_WORDS) return true;
  return false;
}

function isTitleCase(words: readonly string[]): boolean {
  const content = words.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  return content.length > 0 && content.every((w) => /^[\p{Lu}\d]/u.test(w));
}
