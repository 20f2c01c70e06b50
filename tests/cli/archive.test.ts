import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { ArchiveFile, warcRecords, type ArchivePage } from "../../scripts/archive/warc-writer";
import { corpusPages } from "../../scripts/archive/corpus-pages";
import { fromHtml } from "../../src/cli/load";
import { extractFromDocument } from "../../src/page/extract";

// The CLI as users run it on archives: the built bundle (npm test builds first).
const CLI = path.resolve("dist/node/saidby.js");
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", input, maxBuffer: 1 << 28 });
const jsonLines = (out: string) => out.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
/** stderr less the summary: the lines about bad input. */
const complaints = (err: string) => err.trim().split("\n").filter((l) => l && !/^saidby: (\d+ pages read|skipped|failed)/u.test(l));

const articleHtml = (n: number) =>
  `<html><head><title>Bridge vote ${n}</title></head><body><nav><a href="/">Home</a></nav><article><h1>Council votes on bridge plan ${n}</h1>` +
  `<p>"We will rebuild the old bridge before the winter comes, whatever it costs," Jo Lee, the mayor of Ruritania, said on Monday after the vote number ${n}.</p>` +
  `<p>The council met for four hours and heard from residents of both banks of the river, who asked for clear numbers on the cost and the timing of the work.</p>` +
  `<p>"The plan leaves too many questions open," said Ann Vole, a member of the opposition, who voted against it with three of her colleagues.</p></article></body></html>`;
const page = (n: number): ArchivePage => ({ url: `https://daily-planet.example/bridge/${n}`, body: articleHtml(n) });

async function archiveBytes(pages: ArchivePage[], gzip = true): Promise<Buffer> {
  return Buffer.concat((await Promise.all(pages.map((p) => warcRecords(p, gzip)))).flat());
}

let scratch = "";
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "saidby-archive-"));
});

describe("saidby on the corpus pages as a WARC.gz", () => {
  const pages = corpusPages(process.cwd());
  let lines: Array<{ file: string; url: string; record: string; attribution: { url: string | null; quotes: unknown[]; reported: unknown[] } | null }> = [];
  let stderr = "";
  beforeAll(async () => {
    const archive = new ArchiveFile(path.join(scratch, "corpus.warc.gz"));
    for (const p of pages) await archive.add(p);
    await archive.close();
    const r = run(["--json", path.join(scratch, "corpus.warc.gz")]);
    expect(r.status).toBe(0);
    lines = jsonLines(r.stdout);
    stderr = r.stderr;
  }, 120_000);

  it("gives, page for page, what the saved pages give one by one", () => {
    const folder = path.join(scratch, "corpus-pages");
    mkdirSync(folder);
    for (const p of pages) writeFileSync(path.join(folder, `${p.id}.html`), p.body);
    const oneByOne = jsonLines(run(["--json", folder]).stdout);
    expect(lines).toHaveLength(pages.length);
    expect(lines.map((l) => l.url)).toEqual(pages.map((p) => p.url));
    for (const [i, line] of lines.entries()) {
      expect(line.record).toMatch(/^<urn:uuid:[0-9a-f-]+>$/u);
      expect(line.attribution?.url).toBe(pages[i]!.url);
      // A saved file knows its URL only from its canonical link; everything the engine found must be the same.
      expect({ ...line.attribution, url: null }).toEqual({ ...oneByOne[i].attribution, url: null });
    }
  }, 120_000);

  it("gives, page for page, what the page layer gives on a full DOM (linkedom, as the evals and tests run it)", () => {
    // The CLI parses into its own light tree (src/cli/page-tree.ts); this is the DOM it stands in for.
    for (const [i, p] of pages.entries()) {
      const html = new TextDecoder().decode(p.body);
      const onDom = extractFromDocument(parseHTML(html).document as unknown as Document, p.url);
      expect(lines[i]!.attribution).toEqual(onDom?.attribution ?? null);
      expect(fromHtml(html, p.id, p.url).articleText).toBe(onDom ? onDom.blocks.map((b) => b.text).join("\n") : "");
    }
  }, 120_000);

  it("ends with a summary: pages, articles, quotes, and the records that are not pages", () => {
    const quotes = lines.reduce((n, l) => n + (l.attribution?.quotes.length ?? 0), 0);
    const articles = lines.filter((l) => l.attribution).length;
    expect(stderr).toMatch(new RegExp(`saidby: ${pages.length} pages read in [\\d.]+ s \\([\\d.]+ pages/s\\): ${articles} articles, ${quotes} quotes`, "u"));
    expect(stderr).toContain(`saidby: skipped ${pages.length}: ${pages.length} request record`);
    expect(complaints(stderr)).toEqual([]);
  });

  it("prints one line per quote and reported statement with --quotes, with its speaker and page URL", () => {
    const rows = jsonLines(run(["--quotes", path.join(scratch, "corpus.warc.gz")]).stdout);
    const expected = lines.flatMap((l) => [...(l.attribution?.quotes ?? []), ...(l.attribution?.reported ?? [])].map(() => l.url));
    expect(rows.map((r) => r.url)).toEqual(expected);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(["affiliation", "confidence", "cue", "file", "kind", "quote", "quote_id", "record", "role", "speaker", "speaker_kind", "url"]);
    }
    expect(rows.some((r) => r.speaker && r.affiliation)).toBe(true);
  }, 120_000);
});

describe("other ways pages come in", () => {
  it("reads JSON Lines on standard input, keeping each page's URL and id", () => {
    const input = [1, 2].map((n) => JSON.stringify({ url: `https://quill.example/${n}`, id: `p${n}`, html: articleHtml(n) })).join("\n");
    const r = run(["--json", "-"], input);
    expect(r.status).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => [l.url, l.record])).toEqual([["https://quill.example/1", "p1"], ["https://quill.example/2", "p2"]]);
    const speakers = lines[0].attribution.speakers.map((s: { name: string }) => s.name);
    expect(speakers).toEqual(expect.arrayContaining(["Jo Lee", "Ann Vole"]));
  });

  it("reads an uncompressed WARC on standard input", async () => {
    const r = run(["--quotes", "-"], await archiveBytes([page(1)], false));
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout).map((q) => q.speaker)).toEqual(["Jo Lee", "Ann Vole"]);
  });

  it("reads a folder of archives and JSON Lines files, in name order", async () => {
    const folder = path.join(scratch, "mixed");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "a.warc.gz"), await archiveBytes([page(1), page(2)]));
    writeFileSync(path.join(folder, "b.jsonl"), `${JSON.stringify({ url: "https://quill.example/3", html: articleHtml(3) })}\n`);
    writeFileSync(path.join(folder, "c.html"), articleHtml(4));
    const lines = jsonLines(run(["--json", folder]).stdout);
    expect(lines.map((l) => l.attribution.title)).toEqual([1, 2, 3, 4].map((n) => `Council votes on bridge plan ${n}`));
  });
});

describe("bad input in an archive: one clear line, a count in the summary, nothing else lost", () => {
  /** Runs an archive that has good pages around a bad spot; returns the pages read and the complaints. */
  const runArchive = (name: string, bytes: Buffer) => {
    const file = path.join(scratch, name);
    writeFileSync(file, bytes);
    const r = run(["--json", file]);
    return { status: r.status, titles: jsonLines(r.stdout).map((l) => l.attribution?.title), complaints: complaints(r.stderr), stderr: r.stderr };
  };
  const titles = (...ns: number[]) => ns.map((n) => `Council votes on bridge plan ${n}`);

  it("a truncated gzip: the pages before the cut", async () => {
    const whole = await archiveBytes([page(1), page(2), page(3)]);
    const r = runArchive("cut.warc.gz", whole.subarray(0, whole.length - 200));
    expect(r.titles).toEqual(titles(1, 2));
    expect(r.complaints).toEqual([expect.stringMatching(/cut\.warc\.gz: archive broken after \d+ records \(.+\)/u)]);
    expect(r.stderr).toContain("failed 1: 1 archive broken");
    expect(r.status).toBe(1);
  });

  it.each([
    ["longer", 40],
    ["shorter", -40],
  ])("a Content-Length %s than its record: the pages after it", async (_name, delta) => {
    const warc = (await archiveBytes([page(1), page(2), page(3)], false)).toString("latin1");
    // The second page's response record (the fourth record) claims the wrong length.
    let seen = 0;
    const broken = warc.replace(/Content-Length: (\d+)\r\n\r\nHTTP\/1\.1 200/gu, (m, n: string) => (++seen === 2 ? m.replace(n, String(Number(n) + delta)) : m));
    const r = runArchive(`length${delta}.warc`, Buffer.from(broken, "latin1"));
    expect(r.titles).toContain(titles(3)[0]);
    expect(r.titles).toContain(titles(1)[0]);
    expect(r.complaints.length).toBeGreaterThanOrEqual(1);
    for (const line of r.complaints) expect(line).toMatch(/Content-Length/u);
    expect(r.stderr).toMatch(/failed \d+: \d+ wrong Content-Length/u);
  });

  it("a file that is not a WARC", () => {
    const r = runArchive("notes.warc", Buffer.from("Meeting notes\nJo Lee: bring the budget figures\n"));
    expect(r.titles).toEqual([]);
    expect(r.complaints).toEqual([expect.stringMatching(/notes\.warc: not a WARC archive/u)]);
    expect(r.status).toBe(1);
  });

  it("a binary body sent as HTML", async () => {
    const binary: ArchivePage = { url: "https://daily-planet.example/photo", body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 0, 0]) };
    const r = runArchive("binary.warc.gz", await archiveBytes([page(1), binary, page(2)]));
    expect(r.titles).toEqual(titles(1, 2));
    expect(r.complaints).toEqual([expect.stringMatching(/photo: binary body/u)]);
    expect(r.stderr).toContain("failed 1: 1 binary body");
  });

  it("a 50 MB record", async () => {
    const huge: ArchivePage = { url: "https://daily-planet.example/huge", body: `<html><body>${"<p>Words of filler text go here.</p>".repeat(Math.ceil((50 << 20) / 36))}</body></html>` };
    const r = runArchive("huge.warc.gz", await archiveBytes([page(1), huge, page(2)]));
    expect(r.titles).toEqual(titles(1, 2));
    expect(r.complaints).toEqual([expect.stringMatching(/huge: \d+ bytes, over the 16 MB limit/u)]);
    expect(r.stderr).toContain("failed 1: 1 too large");
  }, 60_000);

  it("non-HTML records and revisits are only counted", async () => {
    const image: ArchivePage = { url: "https://daily-planet.example/logo.png", body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), contentType: "image/png" };
    const r = runArchive("mixed.warc.gz", await archiveBytes([page(1), image, { ...page(1), type: "revisit" }, page(2)]));
    expect(r.titles).toEqual(titles(1, 2));
    expect(r.complaints).toEqual([]);
    expect(r.stderr).toContain("skipped 6: 4 request record, 1 not HTML, 1 revisit");
    expect(r.status).toBe(0);
  });
});
