/**
 * The marking fallback for browsers without the CSS Custom Highlight API
 * (src/overlay/wrap.ts), in real Chromium on the demo and the quote corpus.
 * Both browsers we ship for have the API and it cannot be switched off, so
 * the module itself is bundled and run in each page, on the very ranges the
 * extension marked: wrapping covers each quote's text and moves nothing;
 * unwrapping leaves the page exactly as it was, down to the identity of every
 * text node.
 */
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { launchChromium, ROOT, type Launched } from "./browsers";
import { serveFixtures, type FixtureServer } from "./server";

const LAUNCH_TIMEOUT_MS = 60_000;
const SUITE_TIMEOUT_MS = 120_000;
const SETTLE_MS = 10_000;
const POLL_MS = 50;

let run: Launched;
let server: FixtureServer;
let wrapModule = "";
let setupError: unknown = null;

beforeEach(() => {
  if (setupError) throw setupError;
});

beforeAll(async () => {
  try {
    const bundle = await build({
      entryPoints: [path.join(ROOT, "src/overlay/wrap.ts")],
      bundle: true,
      write: false,
      format: "iife",
      globalName: "saidbyWrap",
      target: "chrome120",
      logLevel: "error",
    });
    wrapModule = bundle.outputFiles[0]!.text;
    server = await serveFixtures(path.join(ROOT, "tests"), {}, { noScriptsUnder: "/corpus/" });
    run = await launchChromium();
  } catch (error) {
    setupError = error;
  }
}, LAUNCH_TIMEOUT_MS);

afterAll(async () => {
  await run?.browser.close();
  await server?.close();
}, LAUNCH_TIMEOUT_MS);

interface Result {
  quotes: number;
  wrappers: number;
  textMismatch: string[];
  moved: number;
  sameHtml: boolean;
  lostNodes: number;
  changedNodes: number;
  textNodes: [number, number];
}

/** Runs in the page (as a string: it needs the bundled module in scope). */
function experiment(): Result {
  const { createWrapper } = (globalThis as unknown as { saidbyWrap: typeof import("../../src/overlay/wrap") }).saidbyWrap;
  const textNodes = (): Text[] => {
    const out: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
    return out;
  };
  const boxes = (): number[][] =>
    [...document.querySelectorAll("p, li, blockquote, h1, h2, h3, figcaption, td")].map((el) => {
      const r = el.getBoundingClientRect();
      return [r.left, r.top, r.width, r.height];
    });
  const ranges: Range[] = [];
  for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
    if (name.startsWith("saidby-") && !/active|flash|reported/.test(name)) for (const r of h) ranges.push(r.cloneRange());
  }
  const html = document.body.innerHTML;
  const nodes = textNodes();
  const data = nodes.map((n) => n.data);
  const before = boxes();
  const texts = ranges.map((r) => r.toString());
  const wrapper = createWrapper(document);
  const wrapped = ranges.map((r) => wrapper.wrap(r, { "background-color": "rgb(255 179 0 / 0.28)" }).elements);
  // Each quote's wrappers hold its text (whitespace-only pieces are left unwrapped by design).
  const squash = (t: string): string => t.replace(/\s+/g, "");
  const textMismatch = wrapped
    .map((els, i) => [squash(els.map((e) => e.textContent).join("")), squash(texts[i]!)] as const)
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => `${a.slice(0, 30)} ≠ ${b.slice(0, 30)}`);
  const after = boxes();
  const moved = before.filter((b, i) => b.some((v, k) => Math.abs(v - after[i]![k]!) > 0.5)).length;
  wrapper.unwrap();
  const now = textNodes();
  return {
    quotes: ranges.length,
    wrappers: wrapped.reduce((n, els) => n + els.length, 0),
    textMismatch,
    moved,
    sameHtml: document.body.innerHTML === html,
    lostNodes: nodes.filter((n) => !n.isConnected).length,
    changedNodes: nodes.filter((n, i) => n.data !== data[i]).length,
    textNodes: [nodes.length, now.length],
  };
}

it("wraps every marked quote without moving anything, and unwrapping restores the page exactly", async () => {
  const files = ["/fixtures/demo/palmyra.html", ...(await readdir(path.join(ROOT, "tests/corpus/quotes"))).filter((f) => f.endsWith(".html")).map((f) => `/corpus/quotes/${f}`)];
  const page = (await run.browser.pages())[0] ?? (await run.browser.newPage());
  const problems: string[] = [];
  let quotes = 0;
  for (const url of files) {
    await page.goto(`${server.origin}${url}`, { waitUntil: "load" });
    await page.waitForFunction(() => document.documentElement.getAttribute("data-saidby") === "marked", { timeout: SETTLE_MS, polling: POLL_MS });
    // Page scripts are blocked on corpus pages; evaluation from the test is not.
    const result = (await page.evaluate(`${wrapModule};(${experiment.toString()})()`)) as Result;
    quotes += result.quotes;
    const { textNodes, ...rest } = result;
    if (rest.quotes === 0 || rest.wrappers < rest.quotes || rest.textMismatch.length || rest.moved || !rest.sameHtml || rest.lostNodes || rest.changedNodes || textNodes[0] !== textNodes[1]) {
      problems.push(`${url}: ${JSON.stringify(result)}`);
    }
  }
  expect(problems).toEqual([]);
  expect(quotes).toBeGreaterThan(100);
}, SUITE_TIMEOUT_MS);
