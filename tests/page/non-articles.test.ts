import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findArticle } from "../../src/page/article";
import { docOf } from "./helpers";

const DIR = path.resolve(__dirname, "../fixtures/non-articles");
const PAGES = readdirSync(DIR).filter((f) => f.endsWith(".html")).sort();

describe("non-article pages: no article found", () => {
  it("has at least 10 saved non-article pages", () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(10);
  });
  it.each(PAGES)("%s", (file) => {
    const doc = docOf(readFileSync(path.join(DIR, file), "utf8"));
    const rules: string[] = [];
    const article = findArticle(doc, (_el, rule) => rules.push(rule));
    expect(article, rules.join("\n")).toBeNull();
  });
});
