/**
 * Hostile input through the whole page layer and engine on linkedom
 * (`extractFromDocument`, the path the content script and the CLI share).
 * For every page: no exception, the document is byte-for-byte unchanged,
 * every quote's offsets point inside its block and hold its text, and the
 * first, middle and last quote map back to the page's own text nodes.
 * Timings are printed for the report, never asserted (docs/crawl.md).
 */
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { extractFromDocument, type PageAttribution } from "../../src/page/extract";
import { rangeFor } from "../../src/page/ranges";
import { BIDI, CSS_PAYLOADS, MARKUP_PAYLOADS, ZERO_WIDTH, articlePage, hostilePage } from "../fixtures/hostile/pages";

/** The largest pages take a few seconds on a busy 2-core machine; this only catches a hang. */
const HANG_MS = 120_000;

function docOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const squash = (s: string): string => s.replace(/[\s\u200b\ufeff]+/g, " ").trim();

/** Extracts and checks the invariants every page must keep; returns the result for page-specific checks. */
function extractChecked(html: string, label: string): PageAttribution {
  const doc = docOf(html);
  const before = doc.toString();
  const t0 = performance.now();
  const result = extractFromDocument(doc, "http://127.0.0.1/hostile");
  const ms = performance.now() - t0;
  console.log(`[robustness] ${label}: ${html.length.toLocaleString("en")} chars, ${result?.attribution.quotes.length ?? "no article"} quotes, ${Math.round(ms)} ms`);
  expect(doc.toString() === before, "the document is unchanged").toBe(true);
  expect(result, "still an article").not.toBeNull();
  const { blocks, attribution } = result!;
  const bad: string[] = [];
  for (const q of attribution.quotes) {
    const block = blocks[q.block];
    if (!block || !(q.start >= 0 && q.start < q.end && q.end <= block.text.length)) {
      bad.push(`${q.id}: offsets ${q.block}:${q.start}-${q.end} outside its block`);
      continue;
    }
    if (!block.text.slice(q.start, q.end).includes(q.text)) bad.push(`${q.id}: text not at its offsets`);
    if (q.speakerId !== null && !attribution.speakers.some((s) => s.id === q.speakerId)) bad.push(`${q.id}: unknown speaker`);
  }
  expect(bad.slice(0, 5)).toEqual([]);
  const qs = attribution.quotes;
  for (const q of [qs[0], qs[qs.length >> 1], qs[qs.length - 1]]) {
    if (!q) continue;
    const block = blocks[q.block]!;
    const range = rangeFor(block, q.start, q.end);
    expect(range, `${q.id} maps back to the page`).not.toBeNull();
    expect(squash(range!.toString())).toBe(squash(block.text.slice(q.start, q.end)));
  }
  return result!;
}

function speakerName(r: PageAttribution, id: string | null): string | null {
  return r.attribution.speakers.find((s) => s.id === id)?.name ?? null;
}

describe("hostile text is only ever text", () => {
  it("script and markup payloads in quotes, names and the title stay characters; no element is created", () => {
    const page = hostilePage("markup-payloads");
    const r = extractChecked(page.html(), page.name);
    const texts = r.attribution.quotes.map((q) => q.text).join("\n");
    // A straight double quote inside a curly quote is a quotation mark of its own, so those payloads split.
    const whole = MARKUP_PAYLOADS.filter((p) => !p.includes('"'));
    for (const payload of whole) expect(texts).toContain(payload);
    expect(texts).toContain("<img src=x onerror=");
    expect(r.attribution.title).toContain(`<script>alert("title")</script>`);
    // The quotes are attributed as on any page: the payload did not derail the engine.
    const payloadQuotes = r.attribution.quotes.filter((q) => whole.some((p) => q.text.includes(p)));
    expect(payloadQuotes).toHaveLength(whole.length);
    for (const q of payloadQuotes) expect(speakerName(r, q.speakerId)).toMatch(/Whitfield/);
  });

  it("CSS-breaking strings in quotes, names and roles", () => {
    const page = hostilePage("css-payloads");
    const r = extractChecked(page.html(), page.name);
    const texts = r.attribution.quotes.map((q) => q.text).join("\n");
    for (const payload of CSS_PAYLOADS.filter((p) => !p.includes('"'))) expect(texts).toContain(payload);
    // The lead's ordinary quotes keep their speakers.
    const lead = r.attribution.quotes.find((q) => q.text.startsWith("We will rebuild"));
    expect(speakerName(r, lead?.speakerId ?? null)).toBe("Jane Okafor");
  });

  it("bidirectional overrides and zero-width characters", () => {
    const page = hostilePage("bidi-zero-width");
    const r = extractChecked(page.html(), page.name);
    const texts = r.attribution.quotes.map((q) => q.text);
    // The engine reads past invisible characters: no quote is hidden by an override before its mark,
    // and no name is cut by a joiner inside it. The quote's text stays the page's own, characters and all.
    const visible = (t: string): string => t.replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu, "").replace(/\s+/gu, " ");
    const want: ReadonlyArray<[string, string]> = [
      ["The vote was fair,", "Amira Haddad"],
      ["We counted twice,", "Jonas Berg"],
      ["Reversed text is still text,", "Lena Moreau"],
      ["مرحبا means hello,", "Karim Nassar"],
    ];
    for (const [words, speaker] of want) {
      const quote = r.attribution.quotes.find((q) => visible(q.text) === words);
      expect(quote, words).toBeDefined();
      expect(speakerName(r, quote!.speakerId)).toBe(speaker);
    }
    expect(texts.some((t) => t.includes("vote") && t.includes("\u202e"))).toBe(true);
    // Control characters never become markup or escape the quote.
    for (const t of texts) expect(t).not.toMatch(/</);
    expect(BIDI.length + ZERO_WIDTH.length).toBe(14);
  });
});

describe("pathological sizes stay linear and bounded", () => {
  it("100,000 quote marks of every kind in one paragraph", () => {
    const page = hostilePage("quote-marks-100k");
    const r = extractChecked(page.html(), page.name);
    // Marks with nothing between them are not quotes: only the lead's and tail's quotes remain.
    expect(r.attribution.quotes.length).toBeLessThan(20);
    expect(r.attribution.quotes.some((q) => q.text.startsWith("We will rebuild"))).toBe(true);
  }, HANG_MS);

  it("100,000 opening quote marks that never close", () => {
    const page = hostilePage("open-quotes-100k");
    const r = extractChecked(page.html(), page.name);
    expect(r.attribution.quotes.some((q) => q.text.startsWith("It is the right decision"))).toBe(true);
  }, HANG_MS);

  it("10 MB of text in one paragraph", () => {
    const page = hostilePage("paragraph-10mb");
    const html = page.html();
    expect(html.length).toBeGreaterThan(10_000_000);
    const r = extractChecked(html, page.name);
    const inside = r.attribution.quotes.filter((q) => q.text === "We need more time,");
    expect(inside.length).toBeGreaterThan(7_000);
    const ids = new Set(inside.map((q) => q.speakerId));
    expect(ids.size).toBe(1);
    expect(speakerName(r, inside[0]!.speakerId)).toBe("Ruth Adeyemi");
  }, HANG_MS);

  it("20,000 paragraphs", () => {
    const page = hostilePage("paragraphs-20k");
    const r = extractChecked(page.html(), page.name);
    const items = r.attribution.quotes.filter((q) => q.text.startsWith("Item "));
    expect(items).toHaveLength(20_000);
    expect(new Set(items.map((q) => speakerName(r, q.speakerId)))).toEqual(new Set(["Ruth Adeyemi"]));
  }, HANG_MS);

  it("quotes inside 10,000 nested <div>s and 10,000 nested <span>s", () => {
    const page = hostilePage("nested-10k");
    const r = extractChecked(page.html(), page.name);
    for (const start of ["Deep inside the page", "Deeper still"]) {
      const q = r.attribution.quotes.find((x) => x.text.startsWith(start));
      expect(q, start).toBeDefined();
      expect(speakerName(r, q!.speakerId)).toBe("Omar Reyes");
    }
  }, HANG_MS);

  it("10,000 descriptions of an organisation in a row after 'of the' (no call per description)", () => {
    const body = `<p>“Yes,” said Ann Vole of the ${"Oslo-based firm ".repeat(10_000)}Zorg.</p>`;
    const r = extractChecked(articlePage(body), "descriptor chain");
    expect(speakerName(r, r.attribution.quotes.find((q) => q.text === "Yes,")!.speakerId)).toBe("Ann Vole");
  }, HANG_MS);

  it("8,000 short quotes in one sentence, each with its own cue (each quote looks only at the cues near it)", () => {
    const r = extractChecked(articlePage(`<p>Jo Lee spoke. ${"“Yes,” said Jo, ".repeat(8_000)}and left.</p>`), "8,000 quotes and cues in a sentence");
    const yes = r.attribution.quotes.filter((q) => q.text === "Yes,");
    expect(yes).toHaveLength(8_000);
    expect(new Set(yes.map((q) => speakerName(r, q.speakerId)))).toEqual(new Set(["Jo Lee"]));
  }, HANG_MS);

  it("a quote that never closes until the end of a 100,000-word paragraph", () => {
    const r = extractChecked(articlePage(`<p>“${"word ".repeat(100_000)}” said Omar Reyes.</p>`), "long open quote");
    expect(r.attribution.quotes.length).toBeGreaterThan(0);
  }, HANG_MS);
});
