import { describe, expect, it } from "vitest";
import { findArticle } from "../../src/page/article";
import { collectBlocks } from "../../src/page/blocks";
import { rangeFor } from "../../src/page/ranges";
import { docOf, prose } from "./helpers";

const PAGE = `<!doctype html><html><head><title>Council backs bus plan | City News</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
  <h1>Council backs bus plan</h1>
  <div class="article-body">
    <p>${prose(60, 1)}</p>
    <p>"We have listened to <a href="/people/ana">residents</a>, and <em>this is</em> the result," said Ana Ruiz, the council's transport chair.</p>
    <p>${prose(70, 2)}</p>
    <aside class="related"><h3>Related</h3><ul><li><a href="/a">Bus fares to rise</a></li><li><a href="/b">New depot opens</a></li></ul></aside>
    <p>${prose(50, 3)}</p>
    <span class="sr-only">Advertisement</span>
  </div>
  <div class="share-bar"><a href="#">Share on X</a> <a href="#">Share on Facebook</a></div>
</article></main>
<footer><p>© City News 2024. All rights reserved. Contact us for corrections.</p></footer>
</body></html>`;

describe("minimal article → blocks → range", () => {
  it("finds the article, its title and blocks, and maps a quote to a Range", () => {
    const doc = docOf(PAGE);
    const article = findArticle(doc);
    expect(article).not.toBeNull();
    expect(article!.title).toBe("Council backs bus plan");
    const blocks = collectBlocks(article!);
    const texts = blocks.map((b) => b.text);
    expect(texts.some((t) => t.includes("Related") || t.includes("Share on") || t.includes("Advertisement"))).toBe(false);
    const quoteBlock = blocks.find((b) => b.text.startsWith('"We have'))!;
    expect(quoteBlock.text).toBe(`"We have listened to residents, and this is the result," said Ana Ruiz, the council's transport chair.`);
    const start = 1;
    const end = quoteBlock.text.indexOf(',"');
    const range = rangeFor(quoteBlock, start, end)!;
    expect(range.toString()).toBe("We have listened to residents, and this is the result");
  });
});
