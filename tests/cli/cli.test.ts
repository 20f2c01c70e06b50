import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// The CLI as users run it: the built bundle (npm test builds first).
const CLI = path.resolve("dist/node/saidby.js");
const DEMO = path.resolve("tests/fixtures/demo/palmyra.html");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });

let scratch = "";
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "saidby-cli-"));
});

describe("saidby on one page", () => {
  it("prints a table with every quote, speaker and affiliation", () => {
    const r = run(DEMO);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("10 quotes");
    expect(r.stdout).toMatch(/Andrew Tabler\s+Syria expert and fellow\s+Washington Institute for Near East Policy/u);
    expect(r.stdout).toContain("informed source in Damascus");
  });

  it("prints the Attribution contract with --json", () => {
    const a = JSON.parse(run("--json", DEMO).stdout);
    expect(Object.keys(a).sort()).toEqual(["quotes", "reported", "speakers", "title", "url"]);
    expect(a.quotes).toHaveLength(10);
    expect(a.quotes.every((q: { kind: string }) => ["direct", "partial", "block"].includes(q.kind))).toBe(true);
    // Reported speech has a list of its own, so a reader of quotes[] sees only quotations.
    expect(a.reported.length).toBeGreaterThan(0);
    expect(a.reported.every((r: { kind: string }) => r.kind === "indirect" || r.kind === "belief")).toBe(true);
    for (const q of [...a.quotes, ...a.reported]) {
      expect(Object.keys(q).sort()).toEqual(["block", "confidence", "cue", "end", "id", "kind", "rule", "speakerId", "start", "text"]);
      expect(q.confidence).toBeGreaterThanOrEqual(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
      // An attributed quote names the rule that decided it ("adjacentCue/fullName"); an unattributed one none.
      if (q.speakerId) expect(q.rule).toMatch(/^[a-zA-Z]+(\/[a-zA-Z]+)?$/u);
      else expect(q.rule).toBeNull();
    }
    const tabler = a.speakers.find((s: { name: string }) => s.name === "Andrew Tabler");
    expect(tabler).toMatchObject({ kind: "person", affiliation: "Washington Institute for Near East Policy" });
  });

  it("prints one CSV row per quote, quoted where needed", () => {
    const lines = run("--csv", DEMO).stdout.trim().split("\n");
    expect(lines[0]).toBe("file,quote_id,kind,quote,speaker,speaker_kind,role,affiliation,cue,confidence");
    const kinds = lines.slice(1).map((l) => l.split(",")[2]);
    expect(kinds.filter((k) => k !== "indirect" && k !== "belief")).toHaveLength(10);
    expect(kinds).toContain("indirect");
    expect(lines.some((l) => l.includes('"Andrew Tabler, a Syria expert'))).toBe(true);
  });

  it("prints the article it read with --article, without the page around it", () => {
    const out = run("--article", DEMO).stdout;
    expect(out).toContain("Syrian government forces backed by heavy Russian air support");
    expect(out).not.toMatch(/related|comment/iu);
  });

  it("reads plain text, one paragraph per line", () => {
    const r = run("--json", path.resolve("tests/fixtures/seed/palmyra.txt"));
    expect(JSON.parse(r.stdout).quotes).toHaveLength(10);
  });

  it("reads standard input", () => {
    const r = spawnSync(process.execPath, [CLI, "--json", "-"], {
      input: '<html><body><article><h1>T</h1><p>"We will rebuild the old city together, stone by stone," Maria Lopez said on Monday in front of the crowd gathered at the square, according to reporters.</p><p>More text follows here so that this reads as an article with real running prose in it, more than a single line.</p><p>And a third paragraph gives the page enough words to count as an article for the finder, which wants some prose.</p></article></body></html>',
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
  });
});

describe("saidby on a folder", () => {
  it("processes every page on all cores, one JSON line per page, in order", () => {
    const dir = path.join(scratch, "pages");
    mkdirSync(dir);
    for (const name of ["a.html", "b.html", "c.txt"]) {
      writeFileSync(path.join(dir, name), name.endsWith(".txt") ? 'Title\n"We will win," Maria Lopez said.' : `<html><body><p>Not much here: ${name}</p></body></html>`);
    }
    const r = run("--json", dir);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => path.basename(l.file))).toEqual(["a.html", "b.html", "c.txt"]);
    expect(lines[0].attribution).toBeNull();
    expect(lines[2].attribution.quotes[0].text).toBe("We will win,");
  });
});

describe("bad input", () => {
  it.each([
    ["a missing file", () => path.join(scratch, "nope.html"), /no such file/u],
    ["a folder without pages", () => mkdtempSync(path.join(scratch, "empty-")), /no pages \(\.html, \.txt\), archives/u],
    ["a binary file", () => { const f = path.join(scratch, "x.html"); writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])); return f; }, /binary file/u],
    ["a non-HTML file", () => { const f = path.join(scratch, "notes.html"); writeFileSync(f, "just some words without any markup"); return f; }, /not HTML/u],
  ])("%s: one clear line and a non-zero exit", (_name, make, message) => {
    const r = run(make());
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("says why when given no input", () => {
    const r = run();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("usage: saidby");
  });

  it("processes a 50 MB page rather than refusing it", () => {
    const paragraph = `<p>"We will rebuild the old city," Maria Lopez said, as officials met. ${"Words of filler text go here. ".repeat(60)}</p>\n`;
    const big = `<html><body><article><h1>Big</h1>${paragraph.repeat(Math.ceil((50 << 20) / paragraph.length))}</article></body></html>`;
    const f = path.join(scratch, "big.html");
    writeFileSync(f, big);
    const r = run("--csv", f);
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n").length).toBeGreaterThan(1000);
  }, 180_000);
});
