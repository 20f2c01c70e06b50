/**
 * `npm run eval:articles -- --readability-suite <dir>`: the article finder on
 * mozilla/readability's own test pages (`test/test-pages/<name>/source.html`
 * with Readability's `expected.html`), from a local copy of that repository.
 * Readability's output is not ground truth: pages that differ are read and
 * judged in tests/corpus/articles/NOTES.md. Nothing in CI depends on this.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { f1, match, mean, precision, recall, wordCount } from "./shingles";

/** Pages whose expected text is at least this long are real articles (shorter ones are markup tests). */
export const ARTICLE_WORDS = 150;
/** Pages further apart than this in F1 are read and judged in NOTES.md. */
const JUDGED_BELOW_F1 = 0.8;

/** Block boundaries become line breaks, so words of two paragraphs do not run together in textContent. */
const BLOCK_BOUNDARY = /<\/?(?:p|div|li|h[1-6]|br|tr|td|th|blockquote|pre|section|article|figure|figcaption|ul|ol|dl|dt|dd|table|header|footer)\b/giu;

function expectedText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(BLOCK_BOUNDARY, "\n$&")}</body></html>`);
  return document.body.textContent ?? "";
}

interface SuitePage { name: string; expectedWords: number; foundWords: number; f1: number; p: number; r: number; note: string; }

export function runReadabilitySuite(repo: string, finderText: (doc: Document) => { text: string; note: string }): void {
  const dir = existsSync(path.join(repo, "test/test-pages")) ? path.join(repo, "test/test-pages") : repo;
  const names = readdirSync(dir).filter((n) => existsSync(path.join(dir, n, "source.html")) && existsSync(path.join(dir, n, "expected.html"))).sort();
  if (names.length === 0) throw new Error(`no test pages (<name>/source.html + expected.html) under ${dir}`);
  const pages: SuitePage[] = [];
  for (const name of names) {
    const expected = expectedText(readFileSync(path.join(dir, name, "expected.html"), "utf8"));
    const doc = parseHTML(readFileSync(path.join(dir, name, "source.html"), "utf8")).document as unknown as Document;
    let found: { text: string; note: string };
    try { found = finderText(doc); } catch (e) { found = { text: "", note: `exception: ${String(e)}` }; }
    const c = match(expected, found.text);
    const p = precision(c), r = recall(c);
    pages.push({ name, expectedWords: wordCount(expected), foundWords: wordCount(found.text), p, r, f1: f1(p, r), note: found.note });
  }

  const fmt = (x: number): string => x.toFixed(3);
  console.log(`Readability's test pages (${dir}): words in Readability's expected text, words Saidby found, shingle F1`);
  for (const pg of pages) {
    console.log(`${pg.name.padEnd(44)} ${String(pg.expectedWords).padStart(6)} ${String(pg.foundWords).padStart(6)}  ${fmt(pg.f1)}  ${pg.note}`);
  }
  const summary = (label: string, set: SuitePage[]): void => {
    const P = mean(set.map((x) => x.p)), R = mean(set.map((x) => x.r));
    const none = set.filter((x) => x.foundWords === 0).map((x) => x.name);
    console.log(`${label}: ${set.length} pages, mean per-page F1 ${fmt(mean(set.map((x) => x.f1)))}, benchmark F1 ${fmt(f1(P, R))} (P ${fmt(P)} R ${fmt(R)}), nothing found on ${none.length}${none.length ? `: ${none.join(" ")}` : ""}`);
  };
  const articles = pages.filter((x) => x.expectedWords >= ARTICLE_WORDS);
  console.log("");
  summary("all pages", pages);
  summary(`expected text ≥ ${ARTICLE_WORDS} words`, articles);
  const judged = articles.filter((x) => x.f1 < JUDGED_BELOW_F1);
  console.log(`\npages (≥ ${ARTICLE_WORDS} words) with F1 below ${JUDGED_BELOW_F1}: ${judged.length}`);
  for (const pg of judged) console.log(`  ${pg.name}  F1 ${fmt(pg.f1)}  P ${fmt(pg.p)} R ${fmt(pg.r)}  expected ${pg.expectedWords} found ${pg.foundWords}`);
}
