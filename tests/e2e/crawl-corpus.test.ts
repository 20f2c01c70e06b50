/**
 * The CI slice of `npm run crawl`: real news pages from the article corpus
 * and the annotated quote pages, in Chromium and Firefox ESR, each page with
 * the extension (popup opened, a quote stepped to) and in a second browser
 * without it (the baseline the summary compares against). Saidby must cause
 * no page error, log no extension error, and leave every page in a final
 * state. The whole corpus: `npm run crawl` (docs/crawl.md).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  crawl, launch, startPageServer, startStubProxy, summarize,
  type BrowserName, type CrawlPage, type CrawlRun, type PageServer, type Summary,
} from "../../scripts/crawl";

/** Pages that never fire load (their stubbed resources keep them waiting) are given up on sooner than in npm run crawl. */
const LOAD_MS = 8_000;
const CRAWL_TIMEOUT_MS = 300_000;

/** Every n-th corpus page (a spread over all sites) and every n-th quote page. */
function slice(server: PageServer, articles: number, quotes: number): CrawlPage[] {
  const pick = (group: CrawlPage["group"], n: number): CrawlPage[] => {
    const all = server.pages.filter((p) => p.group === group);
    const step = Math.max(1, Math.floor(all.length / n));
    // Offset by half a step so the privacy test's pages (from the start) are not the same ones.
    return all.filter((_, i) => i % step === step >> 1).slice(0, n);
  };
  return [...pick("articles", articles), ...pick("quotes", quotes)];
}

async function runOnce(name: BrowserName, server: PageServer, pages: CrawlPage[], extension: boolean): Promise<CrawlRun> {
  const proxy = await startStubProxy();
  try {
    const session = await launch(name, { extension, proxyPort: proxy.port });
    try {
      return await crawl(session, server, proxy, pages, { popup: extension, loadTimeoutMs: LOAD_MS });
    } finally {
      await session.close();
    }
  } finally {
    await proxy.close();
  }
}

function crawlSuite(name: BrowserName, articles: number, quotes: number): void {
  describe(`${name}: ${articles} corpus pages and ${quotes} quote pages, with and without Saidby`, () => {
    let server: PageServer;
    let run: CrawlRun;
    let summary: Summary;
    let setupError: unknown = null;

    beforeAll(async () => {
      try {
        server = await startPageServer();
        const pages = slice(server, articles, quotes);
        const baseline = await runOnce(name, server, pages, false);
        run = await runOnce(name, server, pages, true);
        summary = summarize(run, baseline);
        console.log(`[crawl ${name}] ${JSON.stringify({ ...summary, onlyWithExtension: summary.onlyWithExtension.length, notByPage: summary.notByPage.length })}`);
      } catch (error) {
        setupError = error;
      }
    }, CRAWL_TIMEOUT_MS);

    beforeEach(() => {
      if (setupError) throw setupError;
    });

    afterAll(async () => {
      await server?.close();
    });

    it("the content script always finishes", () => {
      // Started and never finished, or failed: Saidby's fault. Never started (no marker at all, three corpus pages in both
      // browsers, under investigation): listed in docs/crawl.md, and the popup must then say it cannot run.
      expect(run.results.filter((r) => r.state === "timeout" || r.state === "error").map((r) => `${r.path}: ${r.state}`)).toEqual([]);
      // Real news pages: most of them are articles with quotes.
      expect(summary.states.marked ?? 0).toBeGreaterThan(summary.pages / 2);
    });

    it("page errors caused by Saidby: 0; extension errors (content script, background, popup): 0", () => {
      expect(summary.saidbyErrorPages).toEqual([]);
      expect(summary.saidbyErrors).toBe(0);
      expect(run.background.errors).toEqual([]);
      expect(summary.extensionErrors).toBe(0);
    });

    it("the popup opened and answered on every page", () => {
      const bad = run.results.filter((r) => !r.popup || r.popup.state.startsWith("failed") || (r.state === "not-started" && r.popup.state !== "cannot-run"));
      expect(bad.map((r) => `${r.path}: ${r.popup?.state}`)).toEqual([]);
    });

    it("the extension started no request (the privacy test checks the network in detail)", () => {
      expect(summary.extensionRequests).toBe(0);
    });
  });
}

crawlSuite("chromium", 12, 3);
crawlSuite("firefox", 6, 2);
