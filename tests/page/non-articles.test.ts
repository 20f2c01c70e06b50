/**
 * The "not an article" decision on saved non-article pages (home pages, section
 * fronts, listings, shop, documentation and forum pages, apps…): the finder
 * refuses most of them, and on those it reads the engine must mark nothing,
 * so the reader sees no marks on at least 95 % of them (issue 14).
 */
import { describe, expect, it } from "vitest";
import { nonArticleOutcomes } from "../../scripts/eval/not-articles";

const outcomes = nonArticleOutcomes();
/** Share of non-article pages that must be left without a single mark. */
const MIN_UNMARKED_SHARE = 0.95;

describe("non-article pages", () => {
  it("has at least 30 saved non-article pages", () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(30);
  });
  it("leaves at least 95 % of them unmarked", () => {
    const marked = outcomes.filter((o) => o.marks > 0);
    expect((outcomes.length - marked.length) / outcomes.length, marked.map((o) => `${o.file}: ${o.marks} marks`).join("\n"))
      .toBeGreaterThanOrEqual(MIN_UNMARKED_SHARE);
  });
  it("refuses pages that declare another type, list teasers or are apps", () => {
    const refused = new Set(outcomes.filter((o) => o.refused).map((o) => o.file));
    for (const file of ["section-front.html", "video-page.html", "home-page.html", "search-results.html", "web-app.html", "frameset.html"]) {
      expect(refused.has(file), file).toBe(true);
    }
  });
});
