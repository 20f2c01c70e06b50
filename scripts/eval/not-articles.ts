/**
 * The "not an article" decision, measured both ways: how many non-article
 * pages (tests/fixtures/non-articles) are left unmarked, and how many article
 * pages (the benchmark's and every annotated set's) are refused. A page the
 * finder reads is still unmarked when the engine finds no quote in it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { findArticle } from "../../src/page/article";
import { extractFromDocument } from "../../src/page/extract";
import { evalSets, loadPages } from "./sets";

export const NON_ARTICLES = path.resolve("tests/fixtures/non-articles");

const docOf = (html: string): Document => parseHTML(html).document as unknown as Document;

export interface NonArticleOutcome { file: string; refused: boolean; marks: number; }

/** Every non-article page: refused by the finder, or read, and how many quotes the engine then marks. */
export function nonArticleOutcomes(dir = NON_ARTICLES): NonArticleOutcome[] {
  return readdirSync(dir).filter((f) => f.endsWith(".html")).sort().map((file) => {
    const page = extractFromDocument(docOf(readFileSync(path.join(dir, file), "utf8")), null);
    return { file, refused: page === null, marks: page?.attribution.quotes.length ?? 0 };
  });
}

/** Annotated HTML pages the finder refuses, per set (counts only: no holdout page is named). */
export function refusedAnnotated(): Record<string, { pages: number; refused: number }> {
  const out: Record<string, { pages: number; refused: number }> = {};
  for (const set of evalSets(process.cwd())) {
    const html = loadPages(set).filter((p) => !p.isText);
    if (html.length === 0) continue;
    out[set.name] = { pages: html.length, refused: html.filter((p) => findArticle(docOf(p.raw)) === null).length };
  }
  return out;
}

export function printNotArticleDecision(benchmarkPages: number, benchmarkRefused: number): void {
  const outcomes = nonArticleOutcomes();
  const marked = outcomes.filter((o) => o.marks > 0);
  const read = outcomes.filter((o) => !o.refused);
  const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;
  console.log(`\n"Not an article" decision`);
  console.log(`non-article pages: ${outcomes.length}; refused ${outcomes.length - read.length}, read ${read.length}` +
    ` (${read.map((o) => o.file).join(", ") || "none"}); left unmarked ${outcomes.length - marked.length} (${pct(outcomes.length - marked.length, outcomes.length)}),` +
    ` marked ${marked.length}${marked.length ? ` (${marked.map((o) => `${o.file}: ${o.marks}`).join(", ")})` : ""}`);
  let pages = benchmarkPages, refused = benchmarkRefused;
  const parts = [`benchmark ${benchmarkRefused}/${benchmarkPages}`];
  for (const [name, r] of Object.entries(refusedAnnotated())) {
    pages += r.pages;
    refused += r.refused;
    parts.push(`${name} ${r.refused}/${r.pages}`);
  }
  console.log(`article pages refused: ${refused} of ${pages} (${pct(refused, pages)}): ${parts.join(", ")}`);
}
