import { describe, expect, it } from "vitest";
import { findArticle, type Article } from "../../src/page/article";
import { collectBlocks, type PageBlock } from "../../src/page/blocks";
import { rangeFor } from "../../src/page/ranges";
import { docOf, prose } from "./helpers";

/** Every mapped character of the block text is the page's character (white space as a space). */
function checkMap(block: PageBlock): void {
  let covered = 0;
  let prevEnd = 0;
  for (const p of block.pieces) {
    expect(p.blockStart).toBeGreaterThanOrEqual(prevEnd);
    // A gap is only ever a space with no character behind it (a <br>).
    expect(block.text.slice(prevEnd, p.blockStart)).toMatch(/^ ?$/);
    const fromPage = p.node.data.slice(p.nodeStart, p.nodeStart + p.length).replace(/\s/g, " ");
    expect(fromPage).toBe(block.text.slice(p.blockStart, p.blockStart + p.length));
    covered += p.length;
    prevEnd = p.blockStart + p.length;
  }
  expect(prevEnd).toBe(block.text.length);
  expect(covered).toBeGreaterThanOrEqual(block.text.length - block.pieces.length);
}

function articleOf(bodyInner: string): Article {
  const doc = docOf(`<!doctype html><html><head><title>t</title></head><body>${bodyInner}</body></html>`);
  const a = findArticle(doc);
  expect(a).not.toBeNull();
  return a!;
}

const STORY = (inner: string): string => `
<header><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
<article class="story">
  <h1>Storm closes ports along the coast</h1>
  <div class="story-body">
    <p>${prose(60, 1)}</p>
    ${inner}
    <p>${prose(60, 2)}</p>
    <p>${prose(40, 4)}</p>
  </div>
</article>
<footer><p>© 2024 Harbour Herald. Contact the newsroom for corrections or tips.</p></footer>`;

describe("collectBlocks", () => {
  it("collapses white space and keeps a map back to every text node, across inline elements", () => {
    const a = articleOf(STORY(`<p>  "The   water came <a href="/x">up <em>fast</em></a>,\n   and\tthen <span class="n">it   stayed</span>,"  said   Lee  Park. </p>`));
    const blocks = collectBlocks(a);
    const b = blocks.find((x) => x.text.startsWith('"The'))!;
    expect(b.text).toBe(`"The water came up fast, and then it stayed," said Lee Park.`);
    for (const block of blocks) checkMap(block);
    const s = b.text.indexOf("water");
    const e = b.text.indexOf("stayed") + "stayed".length;
    expect(rangeFor(b, s, e)!.toString().replace(/\s+/g, " ")).toBe("water came up fast,\n and\tthen it stayed".replace(/\s+/g, " "));
    const r = rangeFor(b, b.text.indexOf("fast"), b.text.indexOf("fast") + 4)!;
    expect(r.startContainer).toBe(r.endContainer);
    expect(r.toString()).toBe("fast");
  });

  it("turns <br> into a space that maps to no character, and ranges still work across it", () => {
    const a = articleOf(STORY(`<p>"First line<br>second line," she said.</p>`));
    const b = collectBlocks(a).find((x) => x.text.startsWith('"First'))!;
    expect(b.text).toBe(`"First line second line," she said.`);
    checkMap(b);
    const r = rangeFor(b, 1, b.text.indexOf(","))!;
    expect(r.toString()).toBe("First linesecond line");
  });

  it("gives kinds: headings, list items, captions, blockquote paragraphs; documents order", () => {
    const a = articleOf(STORY(`
      <h2>What happens next</h2>
      <ul><li>Ferries resume on Monday if winds drop.</li><li>Cargo ships wait offshore.</li></ul>
      <figure><img src="x.jpg" alt=""><figcaption>Waves hit the harbour wall on Sunday.</figcaption></figure>
      <blockquote><p>"We are ready," the port said.</p><p>"Crews are on standby."</p></blockquote>
      <div>A div with its own text acts as a paragraph.<p>Nested paragraph.</p>Tail text.</div>`));
    const blocks = collectBlocks(a);
    const kinds = blocks.map((b) => `${b.kind}:${b.text}`);
    const i = kinds.indexOf("heading:What happens next");
    expect(kinds.slice(i, i + 9)).toEqual([
      "heading:What happens next",
      "list-item:Ferries resume on Monday if winds drop.",
      "list-item:Cargo ships wait offshore.",
      "caption:Waves hit the harbour wall on Sunday.",
      'blockquote:"We are ready," the port said.',
      'blockquote:"Crews are on standby."',
      "paragraph:A div with its own text acts as a paragraph.",
      "paragraph:Nested paragraph.",
      "paragraph:Tail text.",
    ]);
    expect(a.title).toBe("Storm closes ports along the coast");
    expect(kinds.some((k) => k.includes("Storm closes ports"))).toBe(false);
  });

  it("skips hidden text, screen-reader duplicates, scripts, buttons and excluded boxes", () => {
    const a = articleOf(STORY(`
      <p>Visible <span style="display: none">SECRET-1</span>text<span aria-hidden="true">SECRET-2</span> here.</p>
      <p hidden>SECRET-3 hidden paragraph of the article</p>
      <p><span class="visually-hidden">SECRET-4 Opens in a new window</span>Another visible paragraph.</p>
      <p class="sr-only">SECRET-5</p>
      <script>var x = "SECRET-6";</script><style>.a{content:"SECRET-7"}</style>
      <button>SECRET-8 Share</button>
      <div class="related-stories"><h3>SECRET-9 Related</h3><ul><li><a href="/a">Storm hits north</a></li></ul></div>
      <div class="newsletter-signup"><p>SECRET-10 Sign up for our morning newsletter.</p><form><input type="email"></form></div>
      <div class="social-share"><a href="#">SECRET-11 Facebook</a></div>
      <p><a href="/other">SECRET-12 Read more: Storm damage in pictures</a></p>`));
    const text = collectBlocks(a).map((b) => b.text).join("\n");
    expect(text).toContain("Visible text here.");
    expect(text).toContain("Another visible paragraph.");
    expect(text).not.toMatch(/SECRET/);
  });

  it("leaves out bylines, date lines, photo credits, topic tags, cut-short caption copies and trailing headings", () => {
    const caption = "Mayor Ann Vole, left, and council member Tom Dean shake hands at the town hall in Quill on Monday evening.";
    const a = articleOf(STORY(`
      <div class="entry-meta">SECRET-1 June 3, 2024 by Jo Lee</div>
      <div class="story-byline">SECRET-2 By Jo Lee</div>
      <figure><img src="a.jpg" alt=""><div class="caption-full">${caption}</div>
        <div class="caption-truncated">${caption.slice(0, 60)}<a href="#"> ... more</a></div>
        <div class="caption">Photo: SECRET-3 Jo Lee, Daily Planet</div></figure>
      <p>${prose(40, 9)}</p>
      <div class="image-credit">SECRET-4 Ann Vole / Daily Planet</div>
      <p>Tags: <a rel="tag" href="/t/a">SECRET-5 budget</a>, <a rel="category tag" href="/t/b">SECRET-6 council</a></p>
      <p>The vote on the <a rel="tag" href="/t/c">KEPT-TAG bus plan</a> comes after months of debate over costs and routes.</p>`));
    const blocks = collectBlocks(a);
    const text = blocks.map((b) => b.text).join("\n");
    expect(text).not.toMatch(/SECRET/);
    expect(text).toContain("The vote on the KEPT-TAG bus plan comes after");
    expect(blocks.filter((b) => b.text === caption)).toHaveLength(1);
    expect(text).not.toContain(caption.slice(0, 60) + " ... more");

    const ending = articleOf(`<article><h1>Storm closes ports</h1><p>${prose(60, 1)}</p><p>${prose(60, 2)}</p>
      <h3>SECRET-7 You may also like</h3><ul class="related"><li><a href="/x">Other story</a></li></ul></article>`);
    expect(collectBlocks(ending).map((b) => b.text).join("\n")).not.toMatch(/SECRET/);
  });

  it("keeps a paragraph the article repeats, and headings followed by text", () => {
    const again = "The council will meet again on Friday to vote on the plan, a spokesperson for the city said.";
    const a = articleOf(STORY(`<h2>KEPT-HEADING</h2><p>${again}</p><p>${again}</p>`));
    const blocks = collectBlocks(a);
    expect(blocks.filter((b) => b.text === again)).toHaveLength(2);
    expect(blocks.some((b) => b.text === "KEPT-HEADING")).toBe(true);
  });

  it("never changes the page", () => {
    const doc = docOf(`<html><body>${STORY(`<p>"Quote," he said.</p>`)}</body></html>`);
    // linkedom adds the implied <head> on first access to it; a browser parser always has. Touch it first.
    void doc.head;
    void doc.body;
    const before = doc.documentElement.outerHTML;
    const a = findArticle(doc)!;
    const blocks = collectBlocks(a);
    for (const b of blocks) rangeFor(b, 0, b.text.length);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe("rangeFor bounds", () => {
  it("returns null for empty or out-of-range spans and clamps the rest", () => {
    const a = articleOf(STORY(`<p>Short <b>bold</b> words.</p>`));
    const b = collectBlocks(a).find((x) => x.text === "Short bold words.")!;
    expect(rangeFor(b, 3, 3)).toBeNull();
    expect(rangeFor(b, 50, 60)).toBeNull();
    expect(rangeFor(b, -5, 200)!.toString()).toBe("Short bold words.");
  });
});
