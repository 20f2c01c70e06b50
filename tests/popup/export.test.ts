/** Citations and the three exports, on the engine's output for the demo article and on hostile text. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fromHtml } from "../../src/cli/load";
import type { Attribution } from "../../src/core/attribution";
import { attributedTo, citation, csvCell, CSV_HEADER, fileStem, publication, toCsv, toJson, toMarkdown } from "../../popup/export";

const ROOT = path.resolve(import.meta.dirname, "../..");
const URL_ = "https://www.jpost.com/middle-east/assad-palmyra-123";
const demo = fromHtml(readFileSync(path.join(ROOT, "tests/fixtures/demo/palmyra.html"), "utf8"), "palmyra.html", URL_).attribution!;
const tabler = demo.speakers.find((s) => s.name === "Andrew Tabler")!;
const tablerQuote = demo.quotes.find((q) => q.speakerId === tabler.id && q.text.startsWith("The regime"))!;

describe("citation", () => {
  it("quote — speaker, affiliation (publication, url)", () => {
    expect(citation(tablerQuote, tabler, { site: "The Jerusalem Post", url: URL_ })).toBe(
      `"${tablerQuote.text}" — Andrew Tabler, Washington Institute for Near East Policy (The Jerusalem Post, ${URL_})`,
    );
  });
  it("falls back to the host without www when the page names no publication", () => {
    expect(publication({ site: null, url: URL_ })).toBe("jpost.com");
    expect(publication({ site: "  ", url: "not a url" })).toBeNull();
    expect(citation(tablerQuote, tabler, { site: null, url: null })).toBe(`"${tablerQuote.text}" — Andrew Tabler, Washington Institute for Near East Policy`);
  });
  it("uses the role when there is no affiliation, and says when nobody is identified", () => {
    expect(attributedTo({ ...tabler, affiliation: null })).toBe("Andrew Tabler, Syria expert and fellow");
    expect(attributedTo(null)).toBe("speaker not identified");
  });
});

describe("exports", () => {
  it("JSON is the Attribution contract, unchanged", () => {
    expect(JSON.parse(toJson(demo))).toEqual(demo);
  });

  it("CSV: a header and one row per quote, same columns as the CLI", () => {
    const lines = toCsv(demo).trimEnd().split("\r\n");
    expect(lines[0]).toBe(CSV_HEADER.join(","));
    expect(lines).toHaveLength(demo.quotes.length + demo.reported.length + 1);
    expect(lines.find((l) => l.includes(tablerQuote.id))).toContain("Andrew Tabler,person,Syria expert and fellow,Washington Institute for Near East Policy");
    // Reported statements follow the quotes, their kind in the kind column.
    const reportedRow = lines.find((l) => l.split(",")[1] === demo.reported[0]!.id)!;
    expect(reportedRow.split(",")[2]).toBe(demo.reported[0]!.kind);
  });

  it("cites a reported statement without quote marks: the words are the writer's", () => {
    const statement = demo.reported.find((r) => r.speakerId)!;
    const speaker = demo.speakers.find((s) => s.id === statement.speakerId)!;
    expect(citation(statement, speaker, { site: null, url: null })).toBe(`Reported: ${statement.text} — ${attributedTo(speaker)}`);
  });

  it("CSV cells are quoted and formula-safe", () => {
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvCell("-1")).toBe("'-1");
  });

  it("Markdown: a heading per speaker with role and affiliation, every quote as a block quote with its cue", () => {
    const md = toMarkdown(demo, { site: "The Jerusalem Post", url: URL_ });
    expect(md.split("\n")[0]).toBe(`# ${demo.title!.replace(/'/g, "'")}`);
    expect(md).toContain(`The Jerusalem Post, <${URL_}>`);
    expect(md).toMatch(/^## Andrew Tabler — Syria expert and fellow, Washington Institute for Near East Policy \(\d+ quotes?\)$/m);
    expect(md.match(/^> (?!—)\S/gm)).toHaveLength(demo.quotes.length);
    // Reported statements are listed apart, as list items, never as block quotes.
    expect(md.match(/^- \S/gm)).toHaveLength(demo.reported.length);
  });

  it("Markdown escapes page text so it cannot become markup", () => {
    const hostile: Attribution = {
      url: "https://evil.example/<x>",
      title: "<img src=x onerror=alert(1)> # title",
      speakers: [],
      reported: [],
      quotes: [{ id: "q1", text: "<script>alert(1)</script> [link](javascript:alert(1)) *bold*", kind: "direct", speakerId: null, cue: null, confidence: 0, rule: null, block: 0, start: 0, end: 1 }],
    };
    const md = toMarkdown(hostile, { site: null, url: hostile.url });
    expect(md).not.toMatch(/(?<!\\)<\/?(img|script)/);
    expect(md).toContain("\\<script\\>alert(1)\\</script\\> \\[link\\](javascript:alert(1)) \\*bold\\*");
    expect(md).toContain("<https://evil.example/%3Cx%3E>");
  });

  it("file names come from the title", () => {
    expect(fileStem(demo)).toMatch(/^saidby-assad-boasts-of-success-in-pushing-islamic-state-out-of/);
    expect(fileStem({ ...demo, title: null })).toBe("saidby-www-jpost-com");
    expect(fileStem({ ...demo, title: "“”", url: null })).toBe("saidby-quotes");
  });
});
