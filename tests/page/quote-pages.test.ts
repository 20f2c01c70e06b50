/**
 * On the annotated quote pages, every gold quote lies inside the blocks of
 * the article found (quotes in the headline: inside the title).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findArticle } from "../../src/page/article";
import { collectBlocks } from "../../src/page/blocks";
import { docOf } from "./helpers";

/** The project's copy when there is one, else the shared corpus beside the repo. */
const DIR = [path.resolve(__dirname, "../corpus/quotes"), path.resolve(__dirname, "../../../shared/corpus/quotes")]
  .find((d) => existsSync(d));
const PAGES = DIR ? readdirSync(DIR).filter((f) => f.endsWith(".html")).sort() : [];

/** The scoring normalization of the quote corpus (marks, dashes, case, white space). */
function norm(s: string): string {
  return s.normalize("NFKC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

interface Gold { quotes: Array<{ starts: string; ends: string }>; }

describe.skipIf(PAGES.length === 0)("annotated quote pages: every gold quote is inside the article", () => {
  it.each(PAGES)("%s", (file) => {
    const html = readFileSync(path.join(DIR!, file), "utf8");
    const gold = JSON.parse(readFileSync(path.join(DIR!, file.replace(/\.html$/, ".expected.json")), "utf8")) as Gold;
    const article = findArticle(docOf(html));
    expect(article).not.toBeNull();
    const blocks = collectBlocks(article!);
    const text = norm([article!.title ?? "", ...blocks.map((b) => b.text)].join("\n"));
    const missing = gold.quotes.filter((q) => !text.includes(norm(q.starts)) || !text.includes(norm(q.ends)));
    expect(missing.map((q) => `${q.starts} … ${q.ends}`)).toEqual([]);
  });
});
