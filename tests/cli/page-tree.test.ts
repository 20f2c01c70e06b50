import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/cli/page-tree";
import { decodePieces, pageSource } from "../../src/cli/page-text";
import { extractFromDocument } from "../../src/page/extract";

// The CLI's light tree must read as linkedom's DOM does (the evals and the page tests run on linkedom).
const asDocument = (d: unknown) => d as Document;
const both = (html: string) => [asDocument(parseHTML(html).document), asDocument(parsePage(html))] as const;

/** Everything the page layer can see of a tree, through the DOM members it uses. */
function view(doc: Document): unknown[] {
  const out: unknown[] = [];
  const walk = (node: Node | null, depth: number): void => {
    for (let n = node; n; n = n.nextSibling) {
      if (n.nodeType === 1) {
        const el = n as Element;
        out.push([depth, el.tagName, ...["class", "id", "style", "hidden", "rel", "role"].map((a) => [el.getAttribute(a), el.hasAttribute(a)]),
          el.textContent, el.parentElement?.tagName ?? null, el.firstElementChild?.tagName ?? null, el.nextElementSibling?.tagName ?? null]);
        walk(el.firstChild, depth + 1);
      } else {
        out.push([depth, n.nodeType, (n as CharacterData).data, n.nodeType === 3 ? (n as Text).length : null]);
      }
    }
  };
  const body = doc.body;
  walk(doc.documentElement, 0);
  out.push(["body", body.tagName, body.parentElement?.tagName, doc.title, doc.getElementsByTagName("p").length, doc.getElementsByTagName("META").length]);
  return out;
}

describe("the CLI's page tree", () => {
  it.each([
    ["classes: white space collapsed, repeats dropped, none read as empty", `<html><body><div class="  b  a b ">x</div><div id="y">z</div><div class="">w</div></body></html>`],
    ["text split at entities, comments kept, case kept in attribute names", `<p Role="1" data-x="2">a &amp; b <!-- c --><b>d</b> &lt;e&gt;</p>`],
    ["no head and no body", `<!doctype html><html><div>lost</div></html>`],
    ["no html element", `<title>T</title><meta property="og:type" content="article"><p>one</p>`],
    ["markup before the head", `<div>early</div><html><head><title>T</title></head><body><p>late</p></body></html>`],
    ["implied closes and misnested tags", `<html><body><p>one<p>two<div><b><i>three</b></i></div><li>four<li>five</body></html>`],
    ["scripts, styles, svg, templates", `<html><head><script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p{}</style></head><body><svg class="x y"><title>S</title></svg><template><p>t</p></template></body></html>`],
    ["tokens the tokenizer skips to: entities, quotes, script ends, comments", `<html><head><title>A &amp; B</title><script>if (a<b && c) x = "</scr" + "ipt>"; <</script><style>p>a{}</style></head><body><!-- one -- two --><p id='a&amp;b' class="x&quot;y" data-v=u&amp;v title="it's">Jo &amp; Ann said &ldquo;no&rdquo;<br>and left &</p><div>text to the end &copy`],
    ["an attribute value open at the end", `<html><body><p>x</p><a href="https://example.com/?a=1&b=2`],
    ["repeated attributes: the first wins", `<html><body><div class="a" class="b" hidden hidden="x" style="display:none">q</div></body></html>`],
  ])("%s", (_name, html) => {
    const [dom, tree] = both(html);
    expect(view(tree)).toEqual(view(dom));
  });

  it("keeps only the attributes the page layer reads, and says so when asked for another", () => {
    const tree = parsePage(`<p class="a" data-x="1" src='x&amp;y' title=t&amp;u hidden>x</p>`);
    const p = tree.getElementsByTagName("p")[0]!;
    expect([p.getAttribute("class"), p.hasAttribute("hidden"), p.getAttribute("id")]).toEqual(["a", true, null]);
    expect(() => p.getAttribute("data-x")).toThrow(/KEPT_ATTRIBUTES/);
    expect(() => p.hasAttribute("src")).toThrow(/KEPT_ATTRIBUTES/);
  });

  it("finds elements by name in the document as by a walk, the head and body it adds included", () => {
    const html = `<meta name="a"><P>one</P><div><p>two<META property="b"></div><script>x</script>`;
    const [dom, tree] = both(html);
    const names = (d: Document) => ["p", "P", "meta", "META", "script", "head", "body", "html", "h1"].map((n) => Array.from(d.getElementsByTagName(n)).map((e) => e.textContent));
    expect(names(tree)).toEqual(names(dom));
  });

  it("orders nodes as linkedom does for the title rule (depth first, then siblings)", () => {
    const html = `<html><body><header><h1>Head</h1></header><main><div><article><p>x</p></article></div></main><h1>Other</h1></body></html>`;
    const [dom, tree] = both(html);
    const pairs = (d: Document) => {
      const els = ["h1", "article", "p", "main"].flatMap((t) => Array.from(d.getElementsByTagName(t)));
      return els.flatMap((a) => els.map((b) => [a.compareDocumentPosition(b) & 6, a.contains(b)]));
    };
    expect(pairs(tree)).toEqual(pairs(dom));
  });

  describe("a page decoded in pieces", () => {
    // Long enough for several pieces; every kind of place a piece can start in: text, script, title, comment, attribute.
    const para = (n: number) => `<p class="body text" data-n="${n}">“We will rebuild,” said Jo Lee &amp; Ann Vole — a café in Ruritania, n° ${n}. </p><!-- a < b -->`;
    const page = (middle: string) => `<!doctype html><html><head><title>Bridge &amp; river — ${"é".repeat(40)}</title>` +
      `<script>var a = 1 < 2; ${"x<y;".repeat(3000)}</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"${"<b>".repeat(2000)}"}</script>` +
      `</head><body><article><h1>Bridge</h1>${Array.from({ length: 400 }, (_, n) => para(n)).join("")}${middle}<p title="${"<".repeat(50000)}">end</p></article></body></html>`;
    const bytes = (html: string) => new TextEncoder().encode(html);

    it("has the whole page's tree, and its article, blocks and quotes", () => {
      const html = page("");
      const pieces = decodePieces(bytes(html), "UTF-8");
      expect(pieces.length).toBeGreaterThan(3);
      expect(pieces.join("")).toBe(html);
      const [dom] = both(html);
      const tree = asDocument(parsePage(pieces));
      expect(view(tree)).toEqual(view(dom));
      expect(extractFromDocument(tree, null)?.attribution).toEqual(extractFromDocument(dom, null)?.attribution);
    });

    it("read from its UTF-8 bytes, has the whole page's tree, and its article, blocks and quotes", () => {
      const odd = `<script>var s = "Ann Vole’s café ${"ü".repeat(40000)}";</script><style>p::after{content:"→"}</style>` +
        `<div class="café Ünïcode" title="“q” &amp; ’" data-x="ü&amp;é"><naïve-tag>Jo’s ✓ 𝒳 &rsquo;x&rsquo;</naïve-tag><!-- né --></div>`;
      for (const html of [page(""), page(odd), `﻿<p class="é">Straße “x”</p>`]) {
        const source = pageSource(bytes(html), null);
        expect(source).toHaveProperty("utf8");
        const [dom] = both(html.replace(/^﻿/u, ""));
        const tree = asDocument(parsePage(source));
        expect(view(tree)).toEqual(view(dom));
        expect(extractFromDocument(tree, null)?.attribution).toEqual(extractFromDocument(dom, null)?.attribution);
      }
      // Not valid UTF-8, or another charset: decoded as before.
      expect(Array.isArray(pageSource(new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0x3c, 0x2f, 0x70, 0x3e]), "utf-8"))).toBe(true);
      expect(Array.isArray(pageSource(bytes(page("")), "windows-1252"))).toBe(true);
    });

    it("comes whole when the page has an <xmp>, another charset, or is short", () => {
      expect(decodePieces(bytes(page("<XMP>a < b</XMP>")), "utf-8")).toHaveLength(1);
      expect(decodePieces(bytes(page("")), "windows-1252")).toHaveLength(1);
      expect(decodePieces(bytes(para(1)), null)).toHaveLength(1);
    });
  });

  // Saved pages of every set that may be read per page (not the holdouts): the same article, blocks and quotes.
  const folders = ["tests/corpus/quotes", "tests/corpus/survey", "tests/fixtures/non-articles", "tests/fixtures/demo"];
  const files = folders.flatMap((f) => readdirSync(f).filter((n) => n.endsWith(".html")).map((n) => path.join(f, n)));
  it(`finds what linkedom's DOM gives on ${files.length} saved pages, parsed from text and from bytes`, () => {
    expect(files.length).toBeGreaterThan(90);
    for (const file of files) {
      const [dom, tree] = both(readFileSync(file, "utf8"));
      const a = extractFromDocument(tree, null);
      const b = extractFromDocument(dom, null);
      expect([file, a?.blocks.map((x) => [x.kind, x.text]), a?.attribution]).toEqual([file, b?.blocks.map((x) => [x.kind, x.text]), b?.attribution]);
      // …and read from its bytes, as the CLI reads archive records.
      const c = extractFromDocument(asDocument(parsePage(pageSource(readFileSync(file), null))), null);
      expect([file, c?.blocks.map((x) => [x.kind, x.text]), c?.attribution]).toEqual([file, b?.blocks.map((x) => [x.kind, x.text]), b?.attribution]);
    }
  }, 120_000);
});
