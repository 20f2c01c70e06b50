/**
 * npm run crawl — Saidby on real pages in real browsers, counting everything
 * that goes wrong (issue 9: never break a page, never leak, never be taken over).
 *
 * Every page of the article corpus (tests/corpus/articles/html/*.html.gz,
 * served decompressed), the annotated quote pages (tests/corpus/quotes) and
 * the hostile pages (tests/fixtures/hostile) are loaded from a server on
 * 127.0.0.1 in headless Chromium and Firefox ESR, once with the extension and
 * once without (the baseline). Every browser is started with a recording
 * proxy for everything that is not 127.0.0.1: the machine has no internet, so
 * the proxy answers each remote request at once with an empty response and
 * the pages load fast; the proxy's log is the complete list of remote
 * requests from every context of the browser (pages, content scripts, the
 * service worker or background page, the popup).
 *
 * Errors are attributed, not guessed:
 * - Chromium: every exception, unhandled rejection and console error comes
 *   with its execution context and stack (CDP); the content script's isolated
 *   world, a stack frame or a request initiator in chrome-extension://<id>/,
 *   and the "[saidby]" log prefix are Saidby's. The service worker and the
 *   popup are watched the same way.
 * - Firefox: the page's errors and console over WebDriver BiDi (content
 *   scripts are not reported there), so Saidby's failures are counted from
 *   what the content script itself reports: the `data-saidby="error"` marker
 *   it sets when anything throws inside it, a marker stuck at "running", and
 *   the popup's reply.
 * - Both: page errors with and without the extension side by side; a page
 *   with more errors with Saidby than without is listed.
 * - Network: remote requests with and without the extension, per page; any
 *   URL seen only with the extension is listed as the extension's. In
 *   Chromium every request's initiator is also checked directly.
 *
 * Options: --browser chromium|firefox|both (default both), --limit N (first N
 * corpus pages), --no-baseline, --no-popup, --write (docs/crawl.md),
 * --json FILE (the full per-page results).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import type { AddressInfo, Socket } from "node:net";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import puppeteer, { TimeoutError, type Browser, type CDPSession, type Page } from "puppeteer-core";
import { HOSTILE_PAGES } from "../tests/fixtures/hostile/pages";

/** In docs/crawl.md: what follows this line is written by hand and kept by --write. */
const NOTES_MARKER = "<!-- notes: kept by --write -->";

/** The repository root, whether this runs from scripts/ (vitest) or from the bundle in dist/node/. */
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT_DIR = path.basename(HERE) === "node" ? path.resolve(HERE, "../..") : path.resolve(HERE, "..");

const CHROMIUM = process.env.SAIDBY_CHROMIUM ?? "/usr/bin/chromium";
const FIREFOX = process.env.SAIDBY_FIREFOX ?? "/usr/bin/firefox-esr";
/** Must match FIREFOX_ID in scripts/build.mjs. */
const GECKO_ID = "saidby@saidby.dev";
/** Fixed internal UUID so extension pages have a known address. */
const FIREFOX_UUID = "5a1db7e0-0000-4000-8000-5a1db7000009";
const VIEWPORT = { width: 1280, height: 900 };

/** A page that has not fired load by then is recorded as a timeout and the crawl moves on. */
const LOAD_TIMEOUT_MS = 20_000;
/** After a page failed to fire load, how long to look for the content script before recording "not-started". */
const NOT_LOADED_SETTLE_MS = 3_000;
/** How long the content script may take to reach a final state after load. */
const SETTLE_TIMEOUT_MS = 15_000;
/** Time after settling for late errors (timers, promise rejections) to arrive. */
const LINGER_MS = 300;
const POLL_MS = 50;
/** After leaving a page, time for its last requests (beacons on pagehide) to reach the proxy. */
const LEAVE_MS = 250;
/** Content script states that are final (see src/overlay/content.ts). */
const FINAL_STATES = ["marked", "not-article", "error", "off", "no-quotes"];

export type BrowserName = "chromium" | "firefox";

// ─── the page server ────────────────────────────────────────────────────────

export interface CrawlPage {
  /** Path on the server, e.g. /articles/0123abcd.html */
  path: string;
  group: "articles" | "quotes" | "hostile";
}

export interface PageServer {
  origin: string;
  pages: CrawlPage[];
  /** The page's HTML as served. */
  source(pagePath: string): Promise<string>;
  close(): Promise<void>;
}

const ARTICLES = "tests/corpus/articles/html";
const QUOTES = "tests/corpus/quotes";

/** Serves the corpus (decompressed), the quote pages and the generated hostile pages; `extra` adds pages built by a test. */
export async function startPageServer(extra: Readonly<Record<string, string>> = {}): Promise<PageServer> {
  const articleFiles = (await readdir(path.join(ROOT_DIR, ARTICLES))).filter((f) => f.endsWith(".html.gz")).sort();
  const quoteFiles = (await readdir(path.join(ROOT_DIR, QUOTES))).filter((f) => f.endsWith(".html")).sort();
  const hostile = new Map<string, string>();
  const pages: CrawlPage[] = [
    ...articleFiles.map((f) => ({ path: `/articles/${f.replace(/\.gz$/, "")}`, group: "articles" as const })),
    ...quoteFiles.map((f) => ({ path: `/quotes/${f}`, group: "quotes" as const })),
    ...HOSTILE_PAGES.map((p) => ({ path: `/hostile/${p.name}.html`, group: "hostile" as const })),
  ];
  const send = (res: ServerResponse, body: string | Buffer): void =>
    void res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(body);
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const name = path.basename(decodeURIComponent(url.pathname));
      if (url.pathname === "/favicon.ico") return void res.writeHead(204).end();
      if (extra[url.pathname] !== undefined) return send(res, extra[url.pathname]!);
      if (url.pathname.startsWith("/articles/") && articleFiles.includes(`${name}.gz`)) {
        return send(res, gunzipSync(await readFile(path.join(ROOT_DIR, ARTICLES, `${name}.gz`))));
      }
      if (url.pathname.startsWith("/quotes/") && quoteFiles.includes(name)) {
        return send(res, await readFile(path.join(ROOT_DIR, QUOTES, name)));
      }
      if (url.pathname.startsWith("/hostile/")) {
        const page = HOSTILE_PAGES.find((p) => `${p.name}.html` === name);
        if (page) {
          if (!hostile.has(page.name)) hostile.set(page.name, page.html());
          return send(res, hostile.get(page.name)!);
        }
      }
      // The pages' own relative resources (images, scripts) were not saved: answer empty, like the proxy.
      res.writeHead(204).end();
    } catch {
      res.writeHead(500).end();
    }
  });
  await listen(server);
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const source = async (pagePath: string): Promise<string> => {
    const res = await fetch(`${origin}${pagePath}`);
    return res.ok ? res.text() : "";
  };
  return { origin, pages, source, close: () => closeServer(server) };
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections?.();
  return new Promise((resolve) => server.close(() => resolve()));
}

// ─── the recording proxy ────────────────────────────────────────────────────

export interface RemoteRequest {
  /** http://host/path, or https://host:443 for a CONNECT (the path is encrypted and never seen). */
  url: string;
  at: number;
}

export interface StubProxy {
  port: number;
  requests: RemoteRequest[];
  close(): Promise<void>;
}

/**
 * Answers every request at once without going anywhere: plain HTTP with an
 * empty 204, HTTPS tunnels (CONNECT) with 403. Records each.
 */
export async function startStubProxy(): Promise<StubProxy> {
  const requests: RemoteRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? "", at: Date.now() });
    res.writeHead(204, { connection: "close" }).end();
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  server.on("connect", (req: IncomingMessage, socket: Socket) => {
    requests.push({ url: `https://${req.url ?? ""}`, at: Date.now() });
    socket.on("error", () => {});
    socket.end("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
  });
  await listen(server);
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    close: async () => {
      for (const s of sockets) s.destroy();
      await closeServer(server);
    },
  };
}

// ─── browsers ───────────────────────────────────────────────────────────────

export interface Session {
  name: BrowserName;
  browser: Browser;
  withExtension: boolean;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/, or null without the extension. */
  extensionBase: string | null;
  /** Errors and network requests of the service worker (Chromium; Firefox's background page is not observable). */
  background: { errors: string[]; requests: string[]; observed: boolean };
  close(): Promise<void>;
}

export async function launch(name: BrowserName, opts: { extension: boolean; proxyPort: number }): Promise<Session> {
  const background = { errors: [] as string[], requests: [] as string[], observed: false };
  if (name === "chromium") {
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      pipe: true,
      enableExtensions: opts.extension,
      defaultViewport: VIEWPORT,
      // Loopback is never proxied by Chromium; everything else goes to the recording proxy.
      args: ["--no-sandbox", "--disable-gpu", // The browser's own traffic off: autofill, hints, and the loading predictor, which
      // preconnects the next 127.0.0.1 page to hosts the previous one used.
      "--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,LoadingPredictorUseLocalPredictions,LoadingPredictorUseOptimizationGuide,Prerender2,NetworkPrediction", "--no-pings", "--disable-background-networking", "--disable-component-update", `--proxy-server=http://127.0.0.1:${opts.proxyPort}`, `--window-size=${VIEWPORT.width},${VIEWPORT.height}`],
    });
    let extensionBase: string | null = null;
    if (opts.extension) {
      const id = await browser.installExtension(path.join(ROOT_DIR, "dist/chrome"));
      extensionBase = `chrome-extension://${id}/`;
      const worker = await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith(extensionBase!), { timeout: 10_000 });
      const cdp = await worker.createCDPSession();
      cdp.on("Runtime.exceptionThrown", (e) => background.errors.push(`exception: ${describeException(e.exceptionDetails)}`));
      cdp.on("Runtime.consoleAPICalled", (e) => {
        if (e.type === "error" || e.type === "warning" || e.type === "assert") background.errors.push(`console.${e.type}: ${argsText(e.args)}`);
      });
      cdp.on("Log.entryAdded", (e) => {
        if (e.entry.level === "error") background.errors.push(`log: ${e.entry.text}`);
      });
      cdp.on("Network.requestWillBeSent", (e) => {
        if (!e.request.url.startsWith(extensionBase!)) background.requests.push(e.request.url);
      });
      await Promise.all([cdp.send("Runtime.enable"), cdp.send("Log.enable"), cdp.send("Network.enable")]);
      background.observed = true;
    }
    return { name, browser, withExtension: opts.extension, extensionBase, background, close: () => browser.close() };
  }
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: VIEWPORT,
    args: ["--remote-allow-system-access", `--width=${VIEWPORT.width}`, `--height=${VIEWPORT.height}`],
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Everything but loopback through the recording proxy, HTTPS included.
      "network.proxy.type": 1,
      "network.proxy.http": "127.0.0.1",
      "network.proxy.http_port": opts.proxyPort,
      "network.proxy.ssl": "127.0.0.1",
      "network.proxy.ssl_port": opts.proxyPort,
      "network.proxy.allow_hijacking_localhost": false,
      "network.proxy.no_proxies_on": "127.0.0.1,localhost",
      "network.proxy.share_proxy_settings": true,
      // Firefox's own remote-settings polling, as in Firefox's own test harness.
      "services.settings.server": "data:,#remote-settings-dummy/v1",
      "network.predictor.enabled": false,
      "network.prefetch-next": false,
      "network.dns.disablePrefetch": true,
      "network.http.speculative-parallel-limit": 0,
    },
  });
  let extensionBase: string | null = null;
  if (opts.extension) {
    await browser.installExtension(path.join(ROOT_DIR, "dist/firefox"));
    extensionBase = `moz-extension://${FIREFOX_UUID}/`;
  }
  return { name, browser, withExtension: opts.extension, extensionBase, background, close: () => browser.close() };
}

interface ExceptionDetails {
  text: string;
  url?: string;
  exception?: { description?: string; value?: unknown };
  stackTrace?: { callFrames: Array<{ url: string }> };
}

function describeException(d: ExceptionDetails): string {
  return `${d.exception?.description?.split("\n")[0] ?? d.text}${d.url ? ` (${d.url})` : ""}`;
}

function argsText(args: ReadonlyArray<{ value?: unknown; description?: string }>): string {
  return args.map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? ""))).join(" ").slice(0, 500);
}

// ─── one page ───────────────────────────────────────────────────────────────

export interface PageError {
  text: string;
  /** saidby: caused by Saidby; resource: the page's own (missing) resources; page: the page's own scripts. */
  cause: "saidby" | "resource" | "page";
}

export interface PageResult {
  path: string;
  group: CrawlPage["group"];
  /** Final data-saidby state; "timeout" if it started and never settled, "not-started" if it never ran; null without the extension. */
  state: string | null;
  quotes: number | null;
  loadMs: number;
  /** From the content script starting ("running") to its final state, as the page's clock saw it. */
  saidbyMs: number | null;
  errors: PageError[];
  /** Requests attributed directly to the extension (Chromium: initiator in the extension; any: extension page asking the network). */
  extensionRequests: string[];
  /** Remote requests the proxy saw while this page was loaded that the page's own context asked for. */
  remote: string[];
  /** Remote requests the proxy saw meanwhile that no page asked for: the browser's own (Chromium's), or a background page's. */
  notByPage: string[];
  /** Remote requests (proxy form) whose host the page's own HTML names: the page's resources. */
  namedInSource: string[];
  popup: { state: string; errors: string[] } | null;
  timedOut: boolean;
  /** Where the page was after loading, when not where it was sent (its own script navigated it away). */
  landedAt: string | null;
}

/** Records when the content script's marker changes, on the page's own clock (main world, before any page script). */
const MARKER_CLOCK = `(() => {
  const times = {};
  window.__saidbyTimes = times;
  const watch = () => {
    const root = document.documentElement;
    if (!root) return;
    new MutationObserver(() => {
      const s = root.getAttribute("data-saidby");
      if (s && !(s in times)) times[s] = performance.now();
    }).observe(root, { attributes: true, attributeFilter: ["data-saidby"] });
  };
  if (document.documentElement) watch(); else document.addEventListener("readystatechange", watch, { once: true });
})();`;

const RESOURCE_ERROR = /Failed to load resource|net::ERR_|NS_ERROR_|Loading failed for|was blocked|Mixed Content|downloadable font|Content-Security-Policy|CORS|Cross-Origin/i;

function isExtensionUrl(url: string | undefined, base: string | null): boolean {
  return !!url && !!base && url.startsWith(base);
}

/** Per-page error and request collection in Chromium, through a CDP session of our own. */
async function watchChromium(page: Page, base: string | null, errors: PageError[], extRequests: string[], pageRequests: string[]): Promise<CDPSession> {
  const cdp = await page.createCDPSession();
  const contexts = new Map<number, { origin: string; name: string; type: string }>();
  cdp.on("Runtime.executionContextCreated", (e) => {
    const aux = (e.context.auxData ?? {}) as { type?: string };
    contexts.set(e.context.id, { origin: e.context.origin, name: e.context.name, type: aux.type ?? "" });
  });
  cdp.on("Runtime.executionContextsCleared", () => contexts.clear());
  const ours = (contextId: number | undefined, urls: Array<string | undefined>, text: string): boolean => {
    const ctx = contextId === undefined ? undefined : contexts.get(contextId);
    if (ctx && ctx.type === "isolated" && (isExtensionUrl(ctx.origin, base) || ctx.name === "Saidby")) return true;
    return urls.some((u) => isExtensionUrl(u, base)) || text.includes("[saidby]");
  };
  cdp.on("Runtime.exceptionThrown", (e) => {
    const d = e.exceptionDetails as ExceptionDetails & { executionContextId?: number };
    const urls = [d.url, ...(d.stackTrace?.callFrames ?? []).map((f) => f.url)];
    const text = describeException(d);
    errors.push({ text, cause: ours(d.executionContextId, urls, text) ? "saidby" : "page" });
  });
  cdp.on("Runtime.consoleAPICalled", (e) => {
    if (e.type !== "error" && e.type !== "assert") return;
    const text = `console.${e.type}: ${argsText(e.args)}`;
    const urls = (e.stackTrace?.callFrames ?? []).map((f) => f.url);
    errors.push({ text, cause: ours(e.executionContextId, urls, text) ? "saidby" : RESOURCE_ERROR.test(text) ? "resource" : "page" });
  });
  cdp.on("Log.entryAdded", (e) => {
    if (e.entry.level !== "error") return;
    const text = `${e.entry.source}: ${e.entry.text}${e.entry.url ? ` (${e.entry.url})` : ""}`;
    const urls = [e.entry.url, ...(e.entry.stackTrace?.callFrames ?? []).map((f) => f.url)];
    const cause = ours(undefined, urls, text) ? "saidby" : e.entry.source === "network" || RESOURCE_ERROR.test(text) ? "resource" : "page";
    errors.push({ text, cause });
  });
  // Every request of the page and its frames (out-of-process ones too), with who started it.
  page.on("request", (r) => {
    const init = (r.initiator() ?? {}) as { url?: string; stack?: StackTrace };
    const frames: string[] = [];
    for (let st: StackTrace | undefined = init.stack; st; st = st.parent) frames.push(...st.callFrames.map((f) => f.url));
    if (isExtensionUrl(r.url(), base) || isExtensionUrl(init.url, base) || frames.some((u) => isExtensionUrl(u, base))) extRequests.push(r.url());
    else pageRequests.push(r.url());
  });
  await Promise.all([cdp.send("Runtime.enable"), cdp.send("Log.enable")]);
  return cdp;
}

interface StackTrace {
  callFrames: Array<{ url: string }>;
  parent?: StackTrace;
}

/** Firefox over BiDi: the page's errors and console (content scripts do not report here). */
function watchFirefox(page: Page, base: string | null, errors: PageError[]): () => void {
  const onError = (e: unknown): void => {
    const err = e instanceof Error ? e : new Error(String(e));
    const text = `${err.message}`;
    const ours = (base !== null && (err.stack ?? "").includes(base)) || text.includes("[saidby]");
    errors.push({ text, cause: ours ? "saidby" : RESOURCE_ERROR.test(text) ? "resource" : "page" });
  };
  const onConsole = (m: import("puppeteer-core").ConsoleMessage): void => {
    if (m.type() !== "error") return;
    const text = `console.error: ${m.text()}`;
    const urls = [m.location().url, ...m.stackTrace().map((f) => f.url)];
    errors.push({ text, cause: urls.some((u) => isExtensionUrl(u, base)) || text.includes("[saidby]") ? "saidby" : RESOURCE_ERROR.test(text) ? "resource" : "page" });
  };
  page.on("pageerror", onError);
  page.on("console", onConsole);
  return () => {
    page.off("pageerror", onError);
    page.off("console", onConsole);
  };
}

export interface Watched {
  errors: PageError[];
  /** Requests attributed to the extension. */
  extRequests: string[];
  /** Every other request of the page and its frames. */
  pageRequests: string[];
}

/** Starts collecting a page's errors (with their cause) and requests (with who made them). Arrays are live; empty them to reset. */
export async function watch(session: Session, page: Page): Promise<Watched> {
  const w: Watched = { errors: [], extRequests: [], pageRequests: [] };
  if (session.name === "chromium") await watchChromium(page, session.extensionBase, w.errors, w.extRequests, w.pageRequests);
  else {
    watchFirefox(page, session.extensionBase, w.errors);
    page.on("request", (r) => {
      if (isExtensionUrl(r.url(), session.extensionBase)) w.extRequests.push(r.url());
      else w.pageRequests.push(r.url());
    });
  }
  return w;
}

/** The popup as a tab of its own, for the content script in tab `tabId` (or none); watched for errors and requests. */
export interface PopupTab {
  page: Page;
  /** The id of the other tab (the one pages load in). */
  tabId: number;
  errors: string[];
  requests: string[];
  /** Loads the popup for the page tab; resolves to its data-state. */
  open(): Promise<string>;
  /** Sends a message to the page tab's content script exactly as the popup does. */
  ask<T>(message: unknown): Promise<T>;
}

export async function popupTab(session: Session): Promise<PopupTab> {
  const base = session.extensionBase;
  if (!base) throw new Error("no extension in this browser");
  const page = await session.browser.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (e) => errors.push(`popup: ${e instanceof Error ? e.message : String(e)}`));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warn") errors.push(`popup console.${m.type()}: ${m.text()}`);
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("data:")) requests.push(r.url());
  });
  await openPopup(page, `${base}popup.html`);
  const tabId = await page.evaluate(async () => {
    type Tabs = { tabs: { getCurrent(): Promise<{ id?: number } | undefined>; query(q: object): Promise<Array<{ id?: number }>> } };
    const g = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
    const api = (g.browser ?? g.chrome)!;
    const self = await api.tabs.getCurrent();
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.id !== self?.id)?.id ?? null;
  });
  if (tabId === null) throw new Error("no page tab next to the popup");
  return {
    page,
    tabId,
    errors,
    requests,
    open: () => openPopup(page, `${base}popup.html?tab=${tabId}`),
    ask: <T>(message: unknown) =>
      page.evaluate(
        (id, m) => {
          type Api = { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
          const g = globalThis as unknown as { browser?: Api; chrome?: Api };
          return (g.browser ?? g.chrome)!.tabs.sendMessage(id, m);
        },
        tabId,
        message,
      ) as Promise<T>,
  };
}

/**
 * Waits until the content script in `page` has reached a final state; "timeout"
 * if it started but never finished, "not-started" if it never ran. `read` is
 * the expression that reads the marker.
 */
export async function settled(page: Page, timeoutMs = SETTLE_TIMEOUT_MS, read = "document.documentElement && document.documentElement.getAttribute('data-saidby')"): Promise<string> {
  const until = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < until) {
    last = await page.evaluate(read).catch(() => null);
    if (typeof last === "string" && FINAL_STATES.includes(last)) return last;
    await sleep(POLL_MS);
  }
  // Never started: no marker at all (three corpus pages, in both browsers; see docs/crawl.md).
  return last === null || last === "null" ? "not-started" : "timeout";
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// ─── the crawl ──────────────────────────────────────────────────────────────

export interface CrawlOptions {
  popup: boolean;
  /** How long to wait for a page's load event (default LOAD_TIMEOUT_MS); tests use less. */
  loadTimeoutMs?: number;
  /** Called after each page (progress). */
  onPage?: (r: PageResult, index: number, total: number) => void;
}

export interface CrawlRun {
  browser: BrowserName;
  withExtension: boolean;
  results: PageResult[];
  background: Session["background"];
  /** Remote requests the proxy saw that fell between pages (browser start-up, shut-down). */
  unassigned: string[];
  ms: number;
}

/** Loads every page in one tab; with the extension, also opens the popup for it in a second tab. */
export async function crawl(session: Session, server: PageServer, proxy: StubProxy, pages: CrawlPage[], opts: CrawlOptions): Promise<CrawlRun> {
  const started = Date.now();
  const base = session.extensionBase;
  const existing = await session.browser.pages();
  const page = existing[0] ?? (await session.browser.newPage());
  for (const p of existing.slice(1)) await p.close();
  await page.evaluateOnNewDocument(MARKER_CLOCK);
  const { errors, extRequests, pageRequests } = await watch(session, page);

  const popup = base && opts.popup ? await popupTab(session) : null;
  const popupErrors = popup?.errors ?? [];
  if (popup) popup.page.on("request", (r) => {
    if (!r.url().startsWith(base!) && !r.url().startsWith("data:")) extRequests.push(`popup: ${r.url()}`);
  });

  const results: PageResult[] = [];
  const proxyStart = proxy.requests.length;
  let proxySeen = proxyStart;
  const unassigned = proxy.requests.slice(0, proxyStart).map((r) => r.url);
  for (const [i, p] of pages.entries()) {
    errors.length = 0;
    extRequests.length = 0;
    pageRequests.length = 0;
    popupErrors.length = 0;
    const url = `${server.origin}${p.path}`;
    await page.bringToFront();
    const t0 = Date.now();
    let timedOut = false;
    try {
      await page.goto(url, { waitUntil: "load", timeout: opts.loadTimeoutMs ?? LOAD_TIMEOUT_MS });
    } catch {
      timedOut = true;
    }
    const loadMs = Date.now() - t0;
    const landedAt = page.url() === url ? null : page.url();
    // A page that never fired load has had its content script run by now if it ever will: look briefly.
    const state = base ? await settled(page, timedOut ? NOT_LOADED_SETTLE_MS : SETTLE_TIMEOUT_MS) : null;
    await sleep(LINGER_MS);
    const times = (await page.evaluate(() => (window as unknown as { __saidbyTimes?: Record<string, number> }).__saidbyTimes ?? {}).catch(() => ({}))) as Record<string, number>;
    const end = state ? times[state] : undefined;
    const saidbyMs = times.running !== undefined && end !== undefined ? Math.round(end - times.running) : null;
    let quotes: number | null = null;
    let popupResult: PageResult["popup"] = null;
    if (popup) {
      const popupState = await popup.open().catch((e: unknown) => `failed: ${String(e)}`);
      // Use it as a reader would: move to the first quote (the card opens), as the keyboard command does.
      if (state === "marked") await popup.ask({ type: "saidby/step", direction: 1 }).catch(() => {});
      quotes = await popup.page.evaluate(() => document.querySelectorAll("[data-quote-id]").length).catch(() => null);
      popupResult = { state: popupState, errors: [...popupErrors] };
    }
    if (state === "error") errors.push({ text: "the content script reported an error (data-saidby=error)", cause: "saidby" });
    if (state === "timeout") errors.push({ text: "the content script never reached a final state", cause: "saidby" });
    // Leave the page before closing its window of requests: what it sends on the way out (beacons on pagehide) is its own.
    await page.goto("about:blank", { timeout: LOAD_TIMEOUT_MS }).catch(() => {});
    await sleep(LEAVE_MS);
    const seen = proxy.requests.slice(proxySeen).map((r) => r.url);
    proxySeen = proxy.requests.length;
    const asked = new Set(pageRequests.map(proxyForm));
    const remote = seen.filter((u) => asked.has(proxyForm(u)));
    const notByPage = seen.filter((u) => !asked.has(proxyForm(u)));
    const html = await server.source(p.path);
    const named = (u: string): boolean => {
      try {
        return html.includes(new URL(u).hostname);
      } catch {
        return false;
      }
    };
    const result: PageResult = {
      path: p.path,
      group: p.group,
      state,
      quotes,
      loadMs,
      saidbyMs,
      errors: [...errors],
      extensionRequests: [...extRequests],
      remote,
      namedInSource: [...new Set(seen.filter(named).map(proxyForm))],
      notByPage,
      popup: popupResult,
      timedOut,
      landedAt,
    };
    results.push(result);
    opts.onPage?.(result, i, pages.length);
  }
  unassigned.push(...proxy.requests.slice(proxySeen).map((r) => r.url));
  return { browser: session.name, withExtension: session.withExtension, results, background: session.background, unassigned, ms: Date.now() - started };
}

/** A URL as the proxy sees it: http in full (without fragment), https only as host:port (CONNECT). */
function proxyForm(u: string): string {
  try {
    const url = new URL(u);
    return url.protocol === "https:" ? `https://${url.hostname}:${url.port || "443"}` : u.replace(/#.*$/, "");
  } catch {
    return u;
  }
}

/** Opens the popup (Firefox sends no load event for extension pages: never await goto there). Returns its data-state. */
async function openPopup(popup: Page, url: string): Promise<string> {
  await popup.bringToFront();
  if (popup.url().startsWith(url.slice(0, url.indexOf("popup.html")))) await popup.evaluate((u) => location.assign(u), url);
  else void popup.goto(url).catch(() => {});
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    try {
      await popup.waitForFunction((u) => location.href === u && !!document.querySelector("#app:not([data-state=loading])"), { timeout: Math.max(1, deadline - Date.now()), polling: POLL_MS }, url);
      break;
    } catch (error) {
      // Firefox's remote agent can fail an evaluation that races the navigation ("right-hand side of 'in' should be an object, got null"): poll again until the deadline.
      if (error instanceof TimeoutError || Date.now() >= deadline) throw error;
      await sleep(POLL_MS);
    }
  }
  return popup.$eval("#app", (el) => el.getAttribute("data-state") ?? "");
}

// ─── summary ────────────────────────────────────────────────────────────────

export interface Summary {
  browser: BrowserName;
  pages: number;
  loaded: number;
  /** Pages that never fired load, with / without the extension. */
  notLoaded: string[];
  notLoadedWithout: string[] | null;
  /** Pages where the content script never ran (no marker, the popup cannot reach it). */
  notStarted: string[];
  /** Of those, the ones whose own script sent them elsewhere (path → where they landed). */
  wentAway: Array<[string, string]>;
  states: Record<string, number>;
  quotes: number;
  saidbyErrors: number;
  saidbyErrorPages: string[];
  extensionErrors: number;
  extensionRequests: number;
  /** Remote URLs seen with the extension on a page but never on that page without it. */
  onlyWithExtension: string[];
  /** Remote requests no page asked for, with the extension / without (the browser's own, or a background page's). */
  notByPage: string[];
  notByPageAll: number;
  notByPageWithout: number | null;
  pageErrorsWith: number;
  pageErrorsWithout: number | null;
  resourceErrorsWith: number;
  moreErrorsWithSaidby: string[];
  remoteRequests: number;
  popupOpened: number;
  medianLoadMs: number;
  medianSaidbyMs: number | null;
  maxSaidbyMs: number | null;
  slowest: string | null;
  ms: number;
  backgroundObserved: boolean;
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
};

/** Strips the per-request parts of a URL (cache busters) so the two runs compare by resource. */
const resourceOf = (u: string): string => u.replace(/[?#].*$/, "");

export function summarize(run: CrawlRun, baseline: CrawlRun | null): Summary {
  const without = new Map(baseline?.results.map((r) => [r.path, r]) ?? []);
  const saidbyErrorPages: string[] = [];
  const onlyWith = new Set<string>();
  const notByPage = new Set<string>();
  /** Everything the browser asked for in the run without the extension: its own traffic and every page's. */
  const baselineAll = new Set(baseline ? [...baseline.unassigned, ...baseline.results.flatMap((r) => [...r.remote, ...r.notByPage])].map(resourceOf) : []);
  for (const u of run.unassigned) if (!baselineAll.has(resourceOf(u))) notByPage.add(u);
  const more: string[] = [];
  let saidbyErrors = 0;
  for (const r of run.results) {
    const mine = r.errors.filter((e) => e.cause === "saidby").length + (r.popup?.errors.length ?? 0);
    if (mine > 0) saidbyErrorPages.push(`${r.path}: ${[...r.errors.filter((e) => e.cause === "saidby").map((e) => e.text), ...(r.popup?.errors ?? [])].join(" | ")}`);
    saidbyErrors += mine;
    const b = without.get(r.path);
    const own = new Set(r.namedInSource);
    for (const u of r.notByPage) if (!own.has(proxyForm(u)) && !baselineAll.has(resourceOf(u))) notByPage.add(u);
    if (b) {
      const seen = new Set([...b.remote, ...b.notByPage].map(resourceOf));
      for (const u of r.remote) if (!seen.has(resourceOf(u)) && !own.has(proxyForm(u))) onlyWith.add(`${r.path} → ${u}`);
      const w = r.errors.filter((e) => e.cause === "page").length;
      const wo = b.errors.filter((e) => e.cause === "page").length;
      if (w > wo) {
        const before = new Set(b.errors.filter((e) => e.cause === "page").map((e) => e.text));
        const extra = r.errors.filter((e) => e.cause === "page" && !before.has(e.text)).map((e) => e.text.slice(0, 120));
        more.push(`${r.path}: ${wo} → ${w} (${extra.join(" | ") || "the same messages, more often"})`);
      }
    }
  }
  const saidbyTimes = run.results.map((r) => r.saidbyMs).filter((x): x is number => x !== null);
  const slow = [...run.results].sort((a, b) => (b.saidbyMs ?? -1) - (a.saidbyMs ?? -1))[0];
  const states: Record<string, number> = {};
  for (const r of run.results) states[r.state ?? "none"] = (states[r.state ?? "none"] ?? 0) + 1;
  return {
    browser: run.browser,
    pages: run.results.length,
    loaded: run.results.filter((r) => !r.timedOut).length,
    notLoaded: run.results.filter((r) => r.timedOut).map((r) => r.path),
    notLoadedWithout: baseline ? baseline.results.filter((r) => r.timedOut).map((r) => r.path) : null,
    notStarted: run.results.filter((r) => r.state === "not-started").map((r) => r.path),
    wentAway: run.results.filter((r) => r.state === "not-started" && r.landedAt).map((r) => [r.path, r.landedAt!]),
    states,
    quotes: run.results.reduce((n, r) => n + (r.quotes ?? 0), 0),
    saidbyErrors,
    saidbyErrorPages,
    extensionErrors: saidbyErrors + run.background.errors.length,
    extensionRequests: run.results.reduce((n, r) => n + r.extensionRequests.length, 0) + run.background.requests.length,
    onlyWithExtension: [...onlyWith],
    notByPage: [...notByPage],
    notByPageAll: new Set([...run.results.flatMap((r) => r.notByPage), ...run.unassigned].map(resourceOf)).size,
    notByPageWithout: baseline ? new Set([...baseline.results.flatMap((r) => r.notByPage), ...baseline.unassigned].map(resourceOf)).size : null,
    pageErrorsWith: run.results.reduce((n, r) => n + r.errors.filter((e) => e.cause === "page").length, 0),
    pageErrorsWithout: baseline ? baseline.results.reduce((n, r) => n + r.errors.filter((e) => e.cause === "page").length, 0) : null,
    resourceErrorsWith: run.results.reduce((n, r) => n + r.errors.filter((e) => e.cause === "resource").length, 0),
    moreErrorsWithSaidby: more,
    remoteRequests: run.results.reduce((n, r) => n + r.remote.length, 0),
    popupOpened: run.results.filter((r) => r.popup && !r.popup.state.startsWith("failed")).length,
    medianLoadMs: median(run.results.map((r) => r.loadMs)),
    medianSaidbyMs: saidbyTimes.length ? Math.round(median(saidbyTimes) * 10) / 10 : null,
    maxSaidbyMs: saidbyTimes.length ? Math.max(...saidbyTimes) : null,
    slowest: slow?.saidbyMs != null ? `${slow.path} (${slow.saidbyMs} ms)` : null,
    ms: run.ms + (baseline?.ms ?? 0),
    backgroundObserved: run.background.observed,
  };
}

export function formatReport(summaries: Summary[], command: string, pages: CrawlPage[]): string {
  const groups = (g: CrawlPage["group"]): number => pages.filter((p) => p.group === g).length;
  const row = (label: string, f: (s: Summary) => string | number | null): string =>
    `| ${label} | ${summaries.map((s) => String(f(s) ?? "—")).join(" | ")} |`;
  const lines = [
    "# Crawl report",
    "",
    `Produced by \`${command}\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.versions.node}, 2 cores, no internet: every non-127.0.0.1 request answered empty by a recording proxy).`,
    "",
    `Pages: ${pages.length} — ${groups("articles")} article-corpus pages (tests/corpus/articles, served decompressed), ${groups("quotes")} annotated quote pages (tests/corpus/quotes), ${groups("hostile")} hostile pages (tests/fixtures/hostile). Each page is loaded with the extension and, for the baseline, in a second browser without it; with the extension the popup is opened on it too.`,
    "",
    `| | ${summaries.map((s) => s.browser).join(" | ")} |`,
    `|---|${summaries.map(() => "---").join("|")}|`,
    row("pages that fired load, with / without Saidby", (s) => `${s.loaded} / ${s.notLoadedWithout === null ? "—" : s.pages - s.notLoadedWithout.length} of ${s.pages}`),
    row("content script states", (s) => Object.entries(s.states).map(([k, v]) => `${k} ${v}`).join(", ")),
    row("popup opened and answered", (s) => `${s.popupOpened} / ${s.pages}`),
    row("quotes listed in the popup", (s) => s.quotes),
    row("**page errors caused by Saidby**", (s) => `**${s.saidbyErrors}**`),
    row("**extension errors** (content script, service worker, popup)", (s) => `**${s.extensionErrors}**${s.backgroundObserved ? "" : " (background page not observable)"}`),
    row("**network requests by the extension**", (s) => `**${s.extensionRequests}**`),
    row("remote requests that could be the extension's (asked for by no page and never seen without Saidby, or by a page only with Saidby, host not named in its HTML; listed below)", (s) => s.notByPage.length + s.onlyWithExtension.length),
    row("page errors of the pages' own scripts, with / without Saidby", (s) => `${s.pageErrorsWith} / ${s.pageErrorsWithout ?? "—"}`),
    row("pages with more own-script errors with Saidby than without", (s) => s.moreErrorsWithSaidby.length),
    row("console errors for the pages' missing remote resources", (s) => s.resourceErrorsWith),
    row("remote requests by the pages (all answered empty)", (s) => s.remoteRequests),
    row("remote requests no page asked for (the browser's own, frames' service workers), with / without Saidby (distinct)", (s) => `${s.notByPageAll} / ${s.notByPageWithout ?? "—"}`),
    row("median page load (ms)", (s) => s.medianLoadMs),
    row("Saidby's time per page, median / max (ms)", (s) => `${s.medianSaidbyMs ?? "—"} / ${s.maxSaidbyMs ?? "—"}`),
    row("slowest page for Saidby", (s) => s.slowest),
    row("crawl time, both runs (s)", (s) => Math.round(s.ms / 1000)),
    "",
    "How errors are attributed: in Chromium every exception, unhandled promise rejection and console error arrives with its execution context and stack (CDP); the content script's isolated world, a frame in the extension's own URL or the `[saidby]` log prefix make it Saidby's, and the service worker and the popup are watched the same way. In Firefox, WebDriver BiDi reports the page's errors but not the content script's, so Saidby's are counted from the content script's own marker (`data-saidby=\"error\"` when anything threw inside it, or stuck at `running`) and from the popup. Network: every remote request of every context goes through the proxy; a URL seen on a page only with the extension counts as the extension's, and in Chromium every request's initiator is checked against the extension's URL as well.",
    "",
    "Saidby's time is from the content script starting (`data-saidby=\"running\"`) to its final state, on the page's clock: finding the article, the engine, and marking.",
    "",
  ];
  for (const s of summaries) {
    if (s.notLoaded.length) {
      const alsoWithout = s.notLoaded.filter((p) => s.notLoadedWithout?.includes(p)).length;
      lines.push(
        `${s.browser}: ${s.notLoaded.length} page(s) never fired load within ${LOAD_TIMEOUT_MS / 1000} s with Saidby, ${alsoWithout} of them also not without it (${s.notLoadedWithout?.length ?? "—"} in the run without Saidby): the pages' own stubbed resources keep them waiting.`,
        "",
      );
    }
    if (s.notStarted.length) {
      lines.push(
        `${s.browser}: on ${s.notStarted.length} page(s) the content script never started (no marker, and the popup says Saidby cannot run there): ${s.notStarted.map((p) => `\`${p.slice(0, 40)}…\``).join(", ")}.` +
          (s.wentAway.length ? ` ${s.wentAway.length} of them navigated themselves away (their own script sent them to ${[...new Set(s.wentAway.map(([, to]) => new URL(to).protocol))].join(", ")} addresses the local server does not answer), so there was no page left to run on.` : ""),
        "",
      );
    }
    const issues = [
      ...s.saidbyErrorPages,
      ...s.onlyWithExtension.map((u) => `asked for by the page only in the run with Saidby: ${u}`),
      ...s.notByPage.map((u) => `asked for by no page: ${u}`),
    ];
    if (issues.length) lines.push(`**${s.browser}, to investigate:**`, "", ...issues.slice(0, 30).map((x) => `- ${x}`), "");
    if (s.moreErrorsWithSaidby.length) {
      lines.push(`${s.browser}: pages whose own scripts logged more errors in the run with Saidby than without (the errors' own text says whose they are; none came from Saidby's context or files):`, "", ...s.moreErrorsWithSaidby.slice(0, 10).map((x) => `- ${x}`), "");
    }
  }
  return lines.join("\n");
}

// ─── command line ───────────────────────────────────────────────────────────

async function main(argv: string[]): Promise<void> {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const which = arg("--browser") ?? "both";
  const browsers: BrowserName[] = which === "both" ? ["chromium", "firefox"] : [which as BrowserName];
  const limit = arg("--limit") ? Number(arg("--limit")) : Infinity;
  const baselineOn = !argv.includes("--no-baseline");
  const popupOn = !argv.includes("--no-popup");
  const server = await startPageServer();
  const articles = server.pages.filter((p) => p.group === "articles").slice(0, limit);
  const pages = [...articles, ...server.pages.filter((p) => p.group !== "articles")];
  const summaries: Summary[] = [];
  const runs: CrawlRun[] = [];
  try {
    for (const name of browsers) {
      const progress = (label: string) => (r: PageResult, i: number, n: number): void => {
        const mine = r.errors.filter((e) => e.cause === "saidby").length;
        process.stderr.write(`\r[${name}${label}] ${i + 1}/${n} ${r.path.padEnd(48).slice(0, 48)} ${r.state ?? ""} ${mine ? `SAIDBY ERRORS ${mine}` : ""}   `);
        if (mine) process.stderr.write("\n");
      };
      let baseline: CrawlRun | null = null;
      if (baselineOn) {
        const proxy = await startStubProxy();
        const session = await launch(name, { extension: false, proxyPort: proxy.port });
        try {
          baseline = await crawl(session, server, proxy, pages, { popup: false, onPage: progress(" without") });
        } finally {
          await session.close();
          await proxy.close();
        }
        process.stderr.write("\n");
      }
      const proxy = await startStubProxy();
      const session = await launch(name, { extension: true, proxyPort: proxy.port });
      let run: CrawlRun;
      try {
        run = await crawl(session, server, proxy, pages, { popup: popupOn, onPage: progress(" with") });
      } finally {
        await session.close();
        await proxy.close();
      }
      process.stderr.write("\n");
      runs.push(run, ...(baseline ? [baseline] : []));
      summaries.push(summarize(run, baseline));
    }
  } finally {
    await server.close();
  }
  const command = `npm run crawl${argv.length ? ` -- ${argv.join(" ")}` : ""}`;
  const report = formatReport(summaries, command, pages);
  console.log(report);
  const json = arg("--json");
  if (json) await writeFile(json, JSON.stringify({ summaries, runs }, null, 1));
  if (argv.includes("--write")) {
    await mkdir(path.join(ROOT_DIR, "docs"), { recursive: true });
    // Hand-written notes below NOTES_MARKER survive a rewrite of the report.
    const file = path.join(ROOT_DIR, "docs/crawl.md");
    const old = await readFile(file, "utf8").catch(() => "");
    const notes = old.includes(NOTES_MARKER) ? old.slice(old.indexOf(NOTES_MARKER)) : "";
    await writeFile(file, `${report}\n${notes ? `\n${notes}` : ""}`);
  }
  const bad = summaries.some((s) => s.saidbyErrors > 0 || s.extensionErrors > 0 || s.extensionRequests > 0 || s.notByPage.length > 0 || s.onlyWithExtension.length > 0);
  process.exitCode = bad ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
