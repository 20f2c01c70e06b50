/**
 * The content script's walks pause between slices while the page's own
 * scripts keep running: a page that removes, moves or rewrites nodes between
 * two steps must never make them throw (they may then miss text; the
 * MutationObserver reads the page again).
 */
import { describe, expect, it } from "vitest";
import { readArticleSteps } from "../../src/page/read-article";
import { generateArticle } from "../../scripts/bench/generate";
import { docOf } from "./helpers";

const HTML = generateArticle(12_000, 100).html;

/** What a page script might do between two steps. */
const MUTATIONS: Record<string, (doc: Document) => void> = {
  "removes the article": (doc) => doc.querySelector("article")?.remove(),
  "empties the body": (doc) => { doc.body.innerHTML = "<p>Gone.</p>"; },
  "moves the article body into the head": (doc) => { const b = doc.querySelector(".article-body"); if (b) doc.head.appendChild(b); },
  "moves every other paragraph to the end of the body": (doc) => {
    const ps = Array.from(doc.querySelectorAll("p"));
    ps.forEach((p, i) => { if (i % 2) doc.body.appendChild(p); });
  },
  "wraps the article's paragraphs in 30 nested <div>s (the walks then climb through parents they never entered)": (doc) => {
    const body = doc.querySelector(".article-body")!;
    let inner = doc.createElement("div");
    const outer = inner;
    for (let i = 1; i < 30; i++) { const d = doc.createElement("div"); inner.appendChild(d); inner = d; }
    while (body.firstChild) inner.appendChild(body.firstChild);
    body.appendChild(outer);
  },
  "shortens and wraps text nodes": (doc) => {
    for (const p of Array.from(doc.querySelectorAll("p")).slice(0, 200)) {
      const t = p.firstChild as Text | null;
      if (t && t.nodeType === 3) { t.data = t.data.slice(0, 5); const em = doc.createElement("em"); p.insertBefore(em, t); em.appendChild(t); }
    }
  },
};

describe("a page that changes between two steps", () => {
  const total = (() => {
    const steps = readArticleSteps(docOf(HTML));
    let n = 1;
    while (!steps.next().done) n++;
    return n;
  })();

  it("takes enough steps to pause in the search and in the block walk", () => {
    expect(total).toBeGreaterThanOrEqual(6);
  });

  for (const [name, mutate] of Object.entries(MUTATIONS)) {
    it(`${name}: no exception, whichever step it happens after`, () => {
      for (let at = 1; at < total; at++) {
        const doc = docOf(HTML);
        const steps = readArticleSteps(doc);
        for (let i = 0; i < at; i++) steps.next();
        mutate(doc);
        let step = steps.next();
        for (let guard = 0; !step.done && guard < 10 * total; guard++) step = steps.next();
        expect(step.done, `${name} after step ${at}: ends`).toBe(true);
      }
    }, 60_000);
  }
});
