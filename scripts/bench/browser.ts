/**
 * The content script in real browsers, on the demo page and on a generated
 * 50,000-word article served from 127.0.0.1.
 *
 * Chromium (CDP): each page is loaded several times with a performance
 * trace running; trace.ts sums the main thread's tasks from Saidby's first
 * to the frame that paints its marks, and finds the longest. A Long Tasks
 * observer put in the page before it loads cross-checks the longest task.
 * Memory: the isolate's live JS heap after a forced GC, on the same page in
 * a normal tab (extension on) minus an incognito tab (extensions off).
 *
 * Firefox (WebDriver BiDi, no tracing): the longest task is read from the
 * page itself by a probe that measures how late a chain of zero-delay
 * message tasks runs while Saidby works, reported separately.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { launchChromium, launchFirefox, ROOT, type Launched } from "../../tests/e2e/browsers";
import { serveFixtures, type FixtureServer } from "../../tests/e2e/server";
import { generateArticle } from "./generate";
import { median } from "./stats";
import { mainThreadCost, type MainThreadCost } from "./trace";

/** Loads per page; the first (cold) is reported apart from the median of the rest. */
const LOADS = 5;
/** Words in the long generated page; its quotes at the length series' density. */
export const LONG_PAGE_WORDS = 50_000;
const LONG_PAGE_QUOTES = 500;
/** How long the marks must stay unchanged before the content script counts as done. */
const QUIET_MS = 400;
const SETTLE_TIMEOUT_MS = 30_000;
/** Set by the page's probe when Saidby sets its final state. */
const DECIDED_MARK = "saidby-bench:decided";
const TRACE_CATEGORIES = ["blink.user_timing", "devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel", "v8.execute", "disabled-by-default-v8.gc", "disabled-by-default-v8.cpu_profiler"];

export interface PageCost {
  page: string;
  words: number;
  /** Quotes the content script marked (highlighted ranges). */
  marked: number;
  /** Median over the warm loads. */
  warm: MainThreadCost;
  /** The first load in a fresh browser. */
  cold: MainThreadCost;
  /** Longest task reported by the page's Long Tasks observer in the warm loads (median; 0 when none ≥ 50 ms). */
  longTaskApiMs: number;
  /** Live JS heap added by Saidby (bytes), extension tab minus incognito tab, after GC. */
  heapAddedBytes: number;
}

export interface FirefoxCost {
  page: string;
  /** Longest stall of the page's main thread while Saidby ran (ms, median over warm loads). */
  longestStallMs: number;
  /** Sum of stalls over 2 ms from Saidby's start to the frame after it sets its final state (ms, median over warm loads). */
  blockedMs: number;
  marked: number;
}

export interface BrowserResult {
  chromium: { version: string; pages: PageCost[] } | { error: string };
  firefox: { version: string; pages: FirefoxCost[] } | { error: string };
}

/** Put in every page before its own scripts: long tasks, and (Firefox) a stall probe. */
const PROBE = `(() => {
  const b = (window.__saidbyBench = { longTasks: [], stalls: [], start: null, done: false });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longTasks.push(e.duration); }).observe({ type: "longtask", buffered: true });
  } catch {}
  new MutationObserver(() => {
    const state = document.documentElement.getAttribute("data-saidby");
    if (state && state !== "running") performance.mark("${"DECIDED"}");
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-saidby"] });
  if (!${"PROBE_STALLS"}) return;
  // Zero-delay task chain: a task that runs late by d ms means the thread was busy for d ms.
  const ch = new MessageChannel();
  let sent = 0;
  ch.port1.onmessage = () => {
    const now = performance.now();
    const late = now - sent;
    if (late > 2 && b.start !== null) b.stalls.push([sent, late]);
    if (!b.done) { sent = performance.now(); ch.port2.postMessage(0); }
  };
  new MutationObserver(() => {
    const state = document.documentElement.getAttribute("data-saidby");
    if (b.start === null && state !== null) b.start = sent;
    // Stop after the frame that follows Saidby's decision (its marks painted).
    if (state && state !== "running") requestAnimationFrame(() => setTimeout(() => { b.done = true; }, 0));
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-saidby"] });
  sent = performance.now(); ch.port2.postMessage(0);
})();`;

const probe = (stalls: boolean): string => PROBE.replace("PROBE_STALLS", String(stalls)).replace("DECIDED", DECIDED_MARK);

/** Ranges in Saidby's highlights (read from the page, which shares the document's registry). */
function markedCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    // @ts-ignore CSS.highlights is not in every DOM lib version
    for (const [name, h] of CSS.highlights) if (String(name).startsWith("saidby-")) n += (h as Set<unknown>).size;
    return n;
  });
}

/** Waits until the content script has decided and its marks stopped changing. */
async function settle(page: Page): Promise<number> {
  await page.waitForFunction(
    () => {
      const s = document.documentElement.getAttribute("data-saidby");
      return !!s && s !== "running";
    },
    // "mutation": no polling tasks inside the measured window.
    { timeout: SETTLE_TIMEOUT_MS, polling: "mutation" },
  );
  let last = -1;
  for (;;) {
    const n = await markedCount(page);
    if (n === last) return n;
    last = n;
    await new Promise((r) => setTimeout(r, QUIET_MS));
  }
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize;
}

function medianCost(xs: MainThreadCost[]): MainThreadCost {
  const m = (k: keyof MainThreadCost): number => median(xs.map((x) => x[k]));
  return { totalMs: m("totalMs"), scriptMs: m("scriptMs"), scriptTasks: m("scriptTasks"), longestTaskMs: m("longestTaskMs"), longestScriptTaskMs: m("longestScriptTaskMs"), wallMs: m("wallMs"), renderMs: m("renderMs"), forcedStyleMs: m("forcedStyleMs"), compileMs: m("compileMs"), gcMs: m("gcMs") };
}

async function chromiumPage(run: Launched, url: string, label: string, words: number, profileDir: string | null): Promise<PageCost> {
  const page = await run.browser.newPage();
  await page.evaluateOnNewDocument(probe(false));
  const costs: MainThreadCost[] = [];
  const longTasks: number[] = [];
  let marked = 0;
  for (let i = 0; i < LOADS; i++) {
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: "load" });
    marked = await settle(page);
    const trace = await page.tracing.stop();
    const cost = trace ? mainThreadCost(trace, run.extensionBase, DECIDED_MARK) : null;
    if (!cost) throw new Error(`${label}: no Saidby task in the trace (the content script did not run)`);
    costs.push(cost);
    if (profileDir && i === LOADS - 1) writeFileSync(path.join(profileDir, `chromium-${label}.trace.json`), trace!);
    if (i > 0) longTasks.push(Math.max(0, ...(await page.evaluate(() => (window as unknown as { __saidbyBench: { longTasks: number[] } }).__saidbyBench.longTasks))));
    if (profileDir && i === LOADS - 1) {
      // One more load under the sampling profiler, for finding where the time goes.
      const cdp = await page.createCDPSession();
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
      await cdp.send("Profiler.start");
      await page.goto(url, { waitUntil: "load" });
      await settle(page);
      const { profile } = await cdp.send("Profiler.stop");
      mkdirSync(profileDir, { recursive: true });
      writeFileSync(path.join(profileDir, `chromium-${label}.cpuprofile`), JSON.stringify(profile));
      await cdp.detach();
    }
  }
  const withExtension = await heapUsed(page);
  await page.close();
  const context = await run.browser.createBrowserContext();
  const plain = await context.newPage();
  await plain.goto(url, { waitUntil: "load" });
  await new Promise((r) => setTimeout(r, QUIET_MS));
  const without = await heapUsed(plain);
  await context.close();
  return {
    page: label,
    words,
    marked,
    cold: costs[0]!,
    warm: medianCost(costs.slice(1)),
    longTaskApiMs: median(longTasks),
    heapAddedBytes: withExtension - without,
  };
}

async function firefoxPage(browser: Browser, url: string, label: string): Promise<FirefoxCost> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(probe(true));
  const longest: number[] = [], blocked: number[] = [];
  let marked = 0;
  for (let i = 0; i < LOADS; i++) {
    await page.goto(url, { waitUntil: "load" });
    marked = await settle(page);
    const stalls = await page.evaluate(() => {
      const b = (window as unknown as { __saidbyBench: { stalls: Array<[number, number]>; done: boolean } }).__saidbyBench;
      b.done = true;
      return b.stalls;
    });
    if (i === 0) continue;
    longest.push(Math.max(0, ...stalls.map(([, d]) => d)));
    blocked.push(stalls.reduce((s, [, d]) => s + d, 0));
  }
  await page.close();
  return { page: label, longestStallMs: median(longest), blockedMs: median(blocked), marked };
}

export async function benchBrowsers(options: { firefox: boolean; profileDir: string | null }, progress: (s: string) => void): Promise<BrowserResult> {
  const dir = path.join(ROOT, "artifacts/bench");
  mkdirSync(dir, { recursive: true });
  const long = generateArticle(LONG_PAGE_WORDS, LONG_PAGE_QUOTES);
  writeFileSync(path.join(dir, "article-50k.html"), long.html);
  const server: FixtureServer = await serveFixtures(ROOT);
  const pages = [
    { label: "demo", url: `${server.origin}/tests/fixtures/demo/palmyra.html`, words: 0 },
    { label: "50k words", url: `${server.origin}/artifacts/bench/article-50k.html`, words: long.words },
  ];
  const result: BrowserResult = { chromium: { error: "not run" }, firefox: { error: options.firefox ? "not run" : "skipped (--no-firefox)" } };
  try {
    progress("browser: chromium");
    const run = await launchChromium();
    try {
      const version = await run.browser.version();
      const out: PageCost[] = [];
      for (const p of pages) out.push(await chromiumPage(run, p.url, p.label, p.words, options.profileDir));
      result.chromium = { version, pages: out };
    } finally {
      await run.browser.close();
    }
  } catch (e) {
    result.chromium = { error: e instanceof Error ? e.message : String(e) };
  }
  if (options.firefox) {
    try {
      progress("browser: firefox");
      const run = await launchFirefox();
      try {
        const version = await run.browser.version();
        const out: FirefoxCost[] = [];
        for (const p of pages) out.push(await firefoxPage(run.browser, p.url, p.label));
        result.firefox = { version, pages: out };
      } finally {
        await run.browser.close();
      }
    } catch (e) {
      result.firefox = { error: e instanceof Error ? e.message : String(e) };
    }
  }
  await server.close();
  return result;
}
