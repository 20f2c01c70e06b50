/**
 * Nothing leaves the browser. Two proofs:
 * 1. The built extension cannot reach the network: no network API, no remote
 *    URL, no dynamic code in any bundle; no permission beyond what a feature
 *    needs; no way in for pages (externally_connectable, web-accessible
 *    resources); Firefox declares that no data is collected.
 * 2. It does not: real news pages (which try to load dozens of remote
 *    scripts, images and trackers) and hostile pages are crawled in Chromium
 *    and Firefox with a recording proxy for everything that is not
 *    127.0.0.1, with the popup opened and a quote stepped to on every page.
 *    No request is the extension's: in Chromium by each request's initiator,
 *    the service worker's own network log and the popup's; in both, on pages
 *    that load nothing remote, the proxy sees nothing but what the same
 *    browser asks for by itself on those pages without the extension
 *    (Firefox polls its Remote Settings server).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import {
  crawl, launch, startPageServer, startStubProxy,
  type BrowserName, type CrawlRun, type PageServer, type StubProxy,
} from "../../scripts/crawl";

const ROOT = path.resolve(import.meta.dirname, "../..");
const LAUNCH_TIMEOUT_MS = 60_000;
/** Pages that never fire load (their stubbed resources keep them waiting) are given up on sooner than in npm run crawl. */
const LOAD_MS = 8_000;
const CRAWL_TIMEOUT_MS = 240_000;

/**
 * Every permission the extension may hold, and the feature that needs it
 * (README, Permissions). Anything else fails the build of this test.
 */
const ALLOWED_PERMISSIONS: Readonly<Record<string, string>> = {
  storage: "the reader's settings (marking on or off per site, card style), kept by the browser and synced by it",
};

/** Namespace URIs and match patterns that appear as strings in the bundles but are never fetched. */
const HARMLESS_URLS = /^(?:http:\/\/www\.w3\.org\/[\w/.]+|https?:\/\/\*\/\*)$/;

/** What would let extension code talk to the network or run code it did not ship with. */
const NETWORK_OR_DYNAMIC_CODE: ReadonlyArray<[string, RegExp]> = [
  ["fetch", /\bfetch\s*\(/],
  ["XMLHttpRequest", /XMLHttpRequest/],
  ["WebSocket", /WebSocket/],
  ["EventSource", /EventSource/],
  ["sendBeacon", /sendBeacon/],
  ["importScripts", /importScripts/],
  ["WebTransport / RTCPeerConnection", /WebTransport|RTCPeerConnection/],
  ["eval", /\beval\s*\(/],
  ["new Function", /new\s+Function\s*\(/],
  ["string timers", /set(?:Timeout|Interval)\s*\(\s*["'`]/],
  ["script/iframe elements", /createElement\(\s*["'](?:script|iframe|img|link)["']/],
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

describe("the built extension cannot reach the network", () => {
  for (const target of ["chrome", "firefox"] as const) {
    const dir = path.join(ROOT, "dist", target);

    it(`${target}: no network API, remote URL or dynamic code in any bundle, page or style sheet`, () => {
      const problems: string[] = [];
      for (const file of files(dir).filter((f) => /\.(?:js|html|css)$/.test(f))) {
        const text = readFileSync(file, "utf8");
        const name = path.relative(dir, file);
        for (const [what, re] of NETWORK_OR_DYNAMIC_CODE) if (re.test(text)) problems.push(`${name}: ${what}`);
        for (const url of text.match(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\]*/g) ?? []) {
          if (!HARMLESS_URLS.test(url)) problems.push(`${name}: ${url}`);
        }
        if (/\.(?:html)$/.test(file) && /<(?:script|link|img|iframe)[^>]+(?:src|href)=["']?(?:https?:)?\/\//i.test(text)) problems.push(`${name}: remote resource`);
        if (/\.css$/.test(file) && /@import|url\(\s*["']?(?:https?:)?\/\//i.test(text)) problems.push(`${name}: remote style resource`);
      }
      expect(problems).toEqual([]);
    });

    it(`${target}: permissions only for features, nothing a page can reach, no data collection`, () => {
      const m = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as Record<string, unknown>;
      for (const p of (m.permissions as string[] | undefined) ?? []) expect(Object.keys(ALLOWED_PERMISSIONS), `permission ${p}`).toContain(p);
      expect(m.host_permissions ?? []).toEqual([]);
      expect(m.optional_permissions ?? []).toEqual([]);
      expect(m.optional_host_permissions ?? []).toEqual([]);
      // Pages cannot message the extension or load its files; the default CSP (no remote code) stands.
      expect(m.externally_connectable).toBeUndefined();
      expect(m.web_accessible_resources).toBeUndefined();
      expect(m.content_security_policy).toBeUndefined();
      expect(m.update_url).toBeUndefined();
      const scripts = (m.content_scripts as Array<{ matches: string[]; all_frames?: boolean; js: string[] }>) ?? [];
      for (const cs of scripts) {
        expect(cs.matches).toEqual(["http://*/*", "https://*/*"]);
        expect(cs.all_frames ?? false).toBe(false);
        for (const js of cs.js) expect(js).not.toMatch(/^(?:https?:)?\/\//);
      }
      if (target === "firefox") {
        const gecko = (m.browser_specific_settings as { gecko: { data_collection_permissions: unknown } }).gecko;
        expect(gecko.data_collection_permissions).toEqual({ required: ["none"] });
      }
    });
  }
});

/** A few real pages heavy with remote resources, the quote pages' first two, and hostile pages with nothing remote. */
function choosePages(server: PageServer, articles: number): PageServer["pages"] {
  const corpus = server.pages.filter((p) => p.group === "articles");
  const step = Math.max(1, Math.floor(corpus.length / articles));
  return [
    ...corpus.filter((_, i) => i % step === 0).slice(0, articles),
    ...server.pages.filter((p) => p.group === "quotes").slice(0, 2),
    ...server.pages.filter((p) => p.group === "hostile" && ["markup-payloads", "css-payloads", "bidi-zero-width"].some((n) => p.path.includes(n))),
  ];
}

function privacySuite(name: BrowserName, articles: number): void {
  describe(`${name}: no request comes from the extension`, () => {
    let server: PageServer;
    let proxy: StubProxy;
    let run: CrawlRun | null = null;
    /** What the browser requests by itself (the same pages, no extension): e.g. Firefox's Remote Settings polling. */
    let browserOwn = new Set<string>();
    let setupError: unknown = null;

    beforeAll(async () => {
      try {
        server = await startPageServer();
        const quietPages = choosePages(server, articles).filter((p) => p.group === "hostile");
        const bare = await startStubProxy();
        const plain = await launch(name, { extension: false, proxyPort: bare.port });
        try {
          await crawl(plain, server, bare, quietPages, { popup: false, loadTimeoutMs: LOAD_MS });
          browserOwn = new Set(bare.requests.map((r) => new URL(r.url).host));
        } finally {
          await plain.close();
          await bare.close();
        }
        proxy = await startStubProxy();
        const session = await launch(name, { extension: true, proxyPort: proxy.port });
        try {
          run = await crawl(session, server, proxy, choosePages(server, articles), { popup: true, loadTimeoutMs: LOAD_MS });
        } finally {
          await session.close();
        }
      } catch (error) {
        setupError = error;
      }
    }, CRAWL_TIMEOUT_MS);

    beforeEach(() => {
      if (setupError) throw setupError;
    });

    afterAll(async () => {
      await proxy?.close();
      await server?.close();
    });

    it("the content script finished on every page it ran on and the popup answered", () => {
      // "not-started" (no marker at all; three corpus pages, see docs/crawl.md): the popup must then say it cannot run.
      const bad = run!.results.filter((r) => r.state === "timeout" || r.state === "error" || !r.popup || r.popup.state.startsWith("failed") ||
        (r.state === "not-started" && r.popup.state !== "cannot-run"));
      expect(bad.map((r) => `${r.path}: ${r.state} ${r.popup?.state}`)).toEqual([]);
    });

    it("the pages tried the network (the proxy saw them), so the recording works", () => {
      expect(run!.results.filter((r) => r.group === "articles").reduce((n, r) => n + r.remote.length, 0)).toBeGreaterThan(20);
    });

    it("no request was started by the content script, the popup or the background", () => {
      expect(run!.results.flatMap((r) => r.extensionRequests.map((u) => `${r.path}: ${u}`))).toEqual([]);
      expect(run!.background.requests).toEqual([]);
      if (name === "chromium") expect(run!.background.observed).toBe(true);
    });

    it("on pages that load nothing remote, the proxy saw nothing while Saidby ran, the popup opened and a quote was shown", () => {
      const quiet = run!.results.filter((r) => r.group === "hostile");
      expect(quiet.length).toBe(3);
      for (const r of quiet) expect(r.state).toBe("marked");
      const seen = quiet.flatMap((r) => [...r.remote, ...r.notByPage].map((u) => ({ page: r.path, url: u })));
      const own = seen.filter((x) => browserOwn.has(new URL(x.url).host));
      if (own.length) console.log(`[privacy ${name}] the browser's own requests, also made without the extension: ${[...new Set(own.map((x) => x.url))].join(", ")}`);
      expect(seen.filter((x) => !browserOwn.has(new URL(x.url).host)).map((x) => `${x.page}: ${x.url}`)).toEqual([]);
    });
  });
}

privacySuite("chromium", 8);
privacySuite("firefox", 4);
