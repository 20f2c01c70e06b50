/**
 * The toolbar popup end to end, once per browser: the built extension on the
 * demo article, three annotated corpus pages and pages that reach every other
 * screen. What the popup lists is checked against the content script's own
 * answer and against the engine run in Node (linkedom) on the same HTML.
 * Page text must stay text: a page full of markup-looking quotes proves it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mkdir, readFile, readdir, rm } from "node:fs/promises";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { fromHtml } from "../../src/cli/load";
import type { Attribution } from "../../src/core/attribution";
import type { AttributionReply, Message } from "../../src/messages";
import { ROOT, type Launched } from "./browsers";
import { publishScreenshot } from "./docs-screenshots";
import { normal } from "./gold";
import { SHOWCASE_PAGE, showcaseSource } from "./reported-showcase";
import { serveFixtures, type FixtureServer } from "./server";

const LAUNCH_TIMEOUT_MS = 60_000;
const TEST_TIMEOUT_MS = 45_000;
/** Waiting for the content script, the popup or a download to settle (a bound, never a measurement). */
const SETTLE_MS = 10_000;
/** Interval polling: requestAnimationFrame stalls in background tabs. */
const POLL_MS = 50;
const POPUP_VIEWPORT = { width: 380, height: 600 };
/** How long the test keeps the page's main thread busy so the popup has to wait for its answer. */
const BUSY_MS = 4000;

const ARTIFACTS = path.join(ROOT, "artifacts");
const UNATTRIBUTED = "Speaker not identified";

/** The demo and three annotated corpus pages: people, organisations, anonymous sources and unattributed quotes between them. */
const PAGES: readonly string[] = [
  "fixtures/demo/palmyra.html",
  "corpus/quotes/msn-migrant-flu-shots.html",
  "corpus/quotes/smithsonian-china-plague.html",
  "corpus/quotes/ap-sondland-testimony.html",
];
const HOSTILE = "popup/fixtures/hostile.html";
/** A page that has claimed the card's tag name with shadow roots disabled: the content script fails and reports it. */
const CARD_TAG_TAKEN = "popup/fixtures/card-tag-taken.html";

interface ExtensionApi {
  tabs: {
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    getCurrent(): Promise<{ id?: number } | undefined>;
    query(q: object): Promise<Array<{ id?: number }>>;
  };
  permissions: { remove(p: { origins: string[] }): Promise<boolean>; contains(p: { origins: string[] }): Promise<boolean> };
}
declare function extensionApi(): ExtensionApi;
const DEFINE_API = `globalThis.extensionApi = () => globalThis.browser ?? globalThis.chrome;`;

/** One group as the popup shows it. */
interface ShownGroup {
  name: string;
  role: string | null;
  count: string;
  ids: string[];
  texts: string[];
  /** Its reported statements, listed apart below the quotations. */
  reported: string[];
}

/** What the popup must show for `a`, worked out here independently of popup/groups.ts. */
function expectedGroups(a: Attribution): Array<Omit<ShownGroup, "texts" | "count" | "reported">> {
  const speakers = new Map(a.speakers.map((s) => [s.id, s]));
  const groups = new Map<string, { first: number; rank: number; name: string; role: string | null; ids: string[] }>();
  a.quotes.forEach((q, i) => {
    const s = q.speakerId ? speakers.get(q.speakerId) : undefined;
    const key = s?.id ?? "-";
    if (!groups.has(key)) {
      // A role or affiliation that only repeats the name (an organisation's own name) is not shown again.
      const role = s ? [s.role, s.affiliation].filter((p) => p && p !== s.name).join(", ") || null : null;
      groups.set(key, { first: i, rank: !s ? 2 : s.kind === "anonymous" ? 1 : 0, name: s?.name ?? UNATTRIBUTED, role, ids: [] });
    }
    groups.get(key)!.ids.push(q.id);
  });
  return [...groups.values()].sort((x, y) => x.rank - y.rank || x.first - y.first).map(({ name, role, ids }) => ({ name, role, ids }));
}

/** A quotation in the popup's list (reported statements are items too, with class "reported"). */
const QUOTE_ITEM = "[data-quote-id]:not(.reported)";

/** "“first nine words…”" */
function opening(text: string): string {
  const words = text.trim().split(/\s+/);
  return `“${words.slice(0, 9).join(" ")}${words.length > 9 ? "…" : ""}”`;
}

/**
 * `withholdAccess`: the browser lets a test take the content script's host access away (Firefox MV3 does; Chromium keeps required hosts).
 * `busyPageHoldsAnswer`: a page busy on its main thread keeps the popup on its loading screen (Chromium; headless Firefox
 * under BiDi showed the popup only after the page was free again, so the loading screen cannot be caught there).
 */
export function popupSuite(
  launch: () => Promise<Launched>,
  { withholdAccess, busyPageHoldsAnswer }: { withholdAccess: boolean; busyPageHoldsAnswer: boolean },
): void {
  let run: Launched;
  let server: FixtureServer;
  let page: Page;
  let popup: Page;
  let tabId: number;
  let demo: Attribution;
  const errors: string[] = [];
  /** Set while a test provokes the content script's own error report on purpose. */
  let allowSaidbyError = false;
  const downloads = (): string => path.join(ARTIFACTS, `downloads-${run.name}`);

  /** `ours`: record only what Saidby logs (test pages are saved news pages whose own scripts fail offline). */
  function watch(p: Page, label: string, ours: (text: string) => boolean): void {
    p.on("console", (m) => {
      if (allowSaidbyError && m.type() === "error") return;
      if ((m.type() === "error" || m.type() === "warn") && ours(m.text())) errors.push(`${label}: ${m.text()}`);
    });
    p.on("pageerror", (e) => {
      const text = e instanceof Error ? e.message : String(e);
      if (ours(text)) errors.push(`${label}: ${text}`);
    });
  }

  /** Loads a page in the test tab; `decided`: wait until the content script has settled. */
  async function openPage(file: string, decided = true): Promise<string> {
    const url = `${server.origin}/${file}`;
    // Saved news pages still name their ad and analytics hosts; the content script runs at DOMContentLoaded or later.
    await page.goto(url, { waitUntil: "domcontentloaded" });
    if (decided) {
      await page.waitForFunction(
        () => {
          const state = document.documentElement?.getAttribute("data-saidby");
          return !!state && state !== "running";
        },
        { timeout: SETTLE_MS, polling: POLL_MS },
      );
    }
    return url;
  }

  /** Points the popup tab at the popup for `forTab`; waits for a screen other than loading unless told not to. */
  async function loadPopup(forTab: number | null, settle = true): Promise<string> {
    const url = `${run.extensionBase}popup.html${forTab === null ? "" : `?tab=${forTab}`}`;
    await popup.bringToFront();
    if (popup.url().startsWith(run.extensionBase)) await popup.evaluate((u) => location.assign(u), url);
    else void popup.goto(url).catch(() => {});
    await popup.waitForFunction(
      (u, s) => location.href === u && !!document.querySelector(s ? "#app:not([data-state=loading])" : "#app h1"),
      { timeout: SETTLE_MS, polling: POLL_MS },
      url,
      settle,
    );
    await popup.evaluate(DEFINE_API);
    return popup.$eval("#app", (el) => el.getAttribute("data-state") ?? "");
  }

  function ask<T>(message: Message): Promise<T> {
    return popup.evaluate((id, m) => extensionApi().tabs.sendMessage(id, m) as Promise<unknown>, tabId, message) as Promise<T>;
  }

  async function attributionOfPage(): Promise<Attribution> {
    const reply = await ask<AttributionReply>({ type: "saidby/get-attribution" });
    if (reply.status !== "ok") throw new Error(`content script says ${reply.status}${reply.status === "error" ? `: ${reply.message}` : ""}`);
    return reply.attribution;
  }

  /** The groups with quotations, each with its quotations only (reported statements are listed apart). */
  async function shownGroups(): Promise<ShownGroup[]> {
    const groups = await popup.$$eval(
      ".group",
      (els, item) =>
        els.map((g) => ({
          name: g.querySelector(".name")?.textContent ?? "",
          role: g.querySelector(".role")?.textContent ?? null,
          count: g.querySelector(".count")?.textContent ?? "",
          ids: [...g.querySelectorAll(item)].map((q) => q.getAttribute("data-quote-id") ?? ""),
          texts: [...g.querySelectorAll(`${item} .jump`)].map((b) => b.textContent ?? ""),
          reported: [...g.querySelectorAll(".reported-list [data-quote-id]")].map((q) => q.getAttribute("data-quote-id") ?? ""),
        })),
      QUOTE_ITEM,
    );
    return groups.filter((g) => g.ids.length > 0);
  }

  const shownIds = async (): Promise<string[]> => (await shownGroups()).flatMap((g) => g.ids);
  const heading = (): Promise<string> => popup.$eval("#app h1", (h) => h.textContent ?? "");

  /** The text of the quote the page shows as active (card open) or flashing, and whether it is in the viewport. */
  function pageFocus(): Promise<{ text: string; inView: boolean; scrollY: number } | null> {
    return page.evaluate(() => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      for (const name of ["saidby-active", "saidby-flash"]) {
        const range = [...(registry?.get(name) ?? [])][0];
        if (!range) continue;
        const r = range.getBoundingClientRect();
        return { text: range.toString(), inView: r.bottom > 0 && r.top < innerHeight, scrollY: scrollY };
      }
      return null;
    });
  }

  async function screenshot(name: string, fullHeight = false): Promise<string> {
    const file = path.join(ARTIFACTS, `${run.name}-${name}.png`);
    await popup.bringToFront();
    if (fullHeight) {
      // The body's own height: the root's scrollHeight is never less than the viewport, so it would not shrink.
      const height = await popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      await popup.setViewport({ ...POPUP_VIEWPORT, height: Math.min(Math.max(height, 200), POPUP_VIEWPORT.height) });
    }
    await popup.screenshot({ path: file });
    await popup.setViewport(POPUP_VIEWPORT);
    return file;
  }

  let setupError: unknown = null;
  beforeEach(() => {
    if (setupError) throw setupError;
  });

  beforeAll(async () => {
    try {
      await mkdir(ARTIFACTS, { recursive: true });
      // Saved news pages run none of their own scripts: one of them replaces its article with an error page after a while.
      server = await serveFixtures(path.join(ROOT, "tests"), {}, { noScriptsUnder: "/corpus/" });
      run = await launch();
      for (const attach of run.consoles) attach((text) => errors.push(text));
      await rm(downloads(), { recursive: true, force: true });
      await mkdir(downloads(), { recursive: true });
      if (run.name === "chromium") {
        const cdp = await run.browser.target().createCDPSession();
        await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: downloads() });
        await run.browser.defaultBrowserContext().overridePermissions(run.extensionBase.slice(0, -1), ["clipboard-read", "clipboard-sanitized-write"]);
      }
      const pages = await run.browser.pages();
      page = pages[0] ?? (await run.browser.newPage());
      for (const extra of pages.slice(1)) await extra.close();
      watch(page, "page", (text) => /saidby/i.test(text));
      // No network: the saved pages' third-party requests are answered at once with a failure instead of a DNS wait.
      await page.setRequestInterception(true);
      page.on("request", (request) => {
        const url = request.url();
        // The request may be gone already (the page navigated on): nothing to answer then.
        const answered = url.startsWith(server.origin) || !/^https?:/.test(url) ? request.continue() : request.abort();
        answered.catch(() => {});
      });
      popup = await run.browser.newPage();
      watch(popup, "popup", () => true);
      await popup.setViewport(POPUP_VIEWPORT);
      await loadPopup(null);
      tabId = await popup.evaluate(async () => {
        const api = extensionApi();
        const self = await api.tabs.getCurrent();
        const other = (await api.tabs.query({})).find((t) => t.id !== self?.id);
        if (other?.id === undefined) throw new Error("no test tab");
        return other.id;
      });
    } catch (error) {
      setupError = error;
    }
  }, LAUNCH_TIMEOUT_MS);

  afterAll(async () => {
    await run?.browser.close();
    await server?.close();
  }, LAUNCH_TIMEOUT_MS);

  describe("lists exactly the engine's quotes, grouped by speaker", () => {
    for (const file of PAGES) {
      it(file, async () => {
        const url = await openPage(file);
        const answer = await attributionOfPage();
        if (file.includes("palmyra")) demo = answer;
        expect(await loadPopup(tabId)).toBe("quotes");
        const shown = await shownGroups();
        // Against the content script's answer: same quotes, same groups, same order, same names, roles and affiliations.
        expect(shown.map(({ name, role, ids }) => ({ name, role, ids }))).toEqual(expectedGroups(answer));
        for (const g of shown) expect(g.count).toBe(String(g.ids.length));
        const byId = new Map(answer.quotes.map((q) => [q.id, q]));
        for (const g of shown) g.texts.forEach((t, i) => expect(t).toBe(opening(byId.get(g.ids[i]!)!.text)));
        // Against the engine run in Node on the same HTML: the same speakers with the same quotes.
        const html = await readFile(path.join(ROOT, "tests", file), "utf8");
        const node = fromHtml(html, file, url).attribution!;
        const textsOf = (a: Attribution, ids: string[]) => ids.map((id) => normal(a.quotes.find((q) => q.id === id)!.text));
        const summary = (a: Attribution) => expectedGroups(a).map((g) => ({ name: g.name, role: g.role, quotes: textsOf(a, g.ids) }));
        expect(shown.map((g) => ({ name: g.name, role: g.role, quotes: textsOf(answer, g.ids) }))).toEqual(summary(node));
        await screenshot(`popup-${path.basename(file, ".html")}`, true);
      }, TEST_TIMEOUT_MS);
    }
  });

  describe("on the demo article", () => {
    it("search narrows the list to quotes, names and affiliations; Escape clears it", async () => {
      await openPage(PAGES[0]!);
      expect(await loadPopup(tabId)).toBe("quotes");
      const tabler = demo.speakers.find((s) => s.name === "Andrew Tabler")!;
      const tablers = demo.quotes.filter((q) => q.speakerId === tabler.id).map((q) => q.id);
      await popup.keyboard.press("/");
      expect(await popup.evaluate(() => document.activeElement?.classList.contains("search"))).toBe(true);
      for (const query of ["tabler", "Washington Institute"]) {
        await popup.evaluate(() => ((document.querySelector(".search") as HTMLInputElement).value = ""));
        await popup.keyboard.type(query);
        await popup.waitForFunction((n, item) => document.querySelectorAll(item).length === n, { timeout: SETTLE_MS, polling: POLL_MS }, tablers.length, QUOTE_ITEM);
        expect(await shownIds()).toEqual(tablers);
      }
      expect(await popup.$eval(".status", (s) => s.textContent)).toContain(`${tablers.length} of ${demo.quotes.length} quotes match`);
      // Words from inside one quote find just that quote.
      const sample = demo.quotes[demo.quotes.length - 1]!;
      const words = sample.text.split(/\s+/).slice(2, 5).join(" ");
      await popup.keyboard.down("Control");
      await popup.keyboard.press("a");
      await popup.keyboard.up("Control");
      await popup.keyboard.type(words);
      await popup.waitForFunction((id) => document.querySelector(`[data-quote-id="${id}"]`), { timeout: SETTLE_MS, polling: POLL_MS }, sample.id);
      expect(await shownIds()).toContain(sample.id);
      expect((await shownIds()).length).toBeLessThan(demo.quotes.length);
      await popup.keyboard.type(" zzzqx");
      await popup.waitForSelector(".none", { timeout: SETTLE_MS });
      expect(await popup.$eval(".none", (n) => n.textContent)).toContain("No quote matches");
      await popup.keyboard.press("Escape");
      await popup.waitForFunction((n, item) => document.querySelectorAll(item).length === n, { timeout: SETTLE_MS, polling: POLL_MS }, demo.quotes.length, QUOTE_ITEM);
      await screenshot("popup-search");
    }, TEST_TIMEOUT_MS);

    it("keyboard only: / then arrow keys walk the quotes, Enter scrolls the page to the quote and marks it", async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await loadPopup(tabId)).toBe("quotes");
      // The arrow keys walk every item listed: quotations and reported statements.
      const order = await popup.$$eval("[data-quote-id]", (els) => els.map((el) => el.getAttribute("data-quote-id") ?? ""));
      await popup.keyboard.press("/");
      for (let i = 0; i < order.length; i++) await popup.keyboard.press("ArrowDown");
      await popup.keyboard.press("ArrowDown"); // past the end stays on the last
      await popup.keyboard.press("ArrowUp");
      const focused = () => popup.evaluate(() => document.activeElement?.closest("[data-quote-id]")?.getAttribute("data-quote-id") ?? null);
      const target = order[order.length - 2]!;
      expect(await focused()).toBe(target);
      await popup.keyboard.press("Enter");
      const quote = [...demo.quotes, ...demo.reported].find((q) => q.id === target)!;
      await page.waitForFunction(
        (start) => {
          const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
          const range = [...(registry?.get("saidby-active") ?? [])][0] ?? [...(registry?.get("saidby-flash") ?? [])][0];
          return !!range && range.toString().replace(/\s+/g, " ").startsWith(start);
        },
        { timeout: SETTLE_MS, polling: POLL_MS },
        quote.text.replace(/\s+/g, " ").slice(0, 20),
      );
      const seen = await pageFocus();
      expect(seen?.inView).toBe(true);
      expect(seen!.scrollY).toBeGreaterThan(0);
      // Home goes back to the first quote; ArrowUp from the first returns to the search box.
      await popup.keyboard.press("Home");
      expect(await focused()).toBe(order[0]);
      await popup.keyboard.press("ArrowUp");
      expect(await popup.evaluate(() => document.activeElement?.classList.contains("search"))).toBe(true);
    }, TEST_TIMEOUT_MS);

    it("clicking a quote scrolls the page to it; More shows the whole quote and its cue", async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      const last = demo.quotes.filter((q) => q.cue && q.text.split(/\s+/).length > 9).at(-1)!;
      await popup.bringToFront();
      await popup.click(`[data-quote-id="${last.id}"] .jump`);
      await page.waitForFunction(() => window.scrollY > 0, { timeout: SETTLE_MS, polling: POLL_MS });
      const seen = await pageFocus();
      expect(normal(seen?.text ?? "")).toBe(normal(last.text));
      expect(seen?.inView).toBe(true);
      await popup.click(`[data-quote-id="${last.id}"] .more`);
      const item = await popup.$eval(`[data-quote-id="${last.id}"]`, (li) => ({
        jump: li.querySelector(".jump")?.textContent,
        cue: li.querySelector(".cue")?.textContent,
        expanded: li.querySelector(".more")?.getAttribute("aria-expanded"),
      }));
      expect(item).toEqual({ jump: `“${last.text}”`, cue: last.cue, expanded: "true" });
    }, TEST_TIMEOUT_MS);

    it("reported speech is listed apart under its speaker, without quote marks; Quotes only hides it", async () => {
      await popup.bringToFront();
      expect(await loadPopup(tabId)).toBe("quotes");
      const reportedIds = async (): Promise<string[]> => popup.$$eval(".reported-list [data-quote-id]", (els) => els.map((el) => el.getAttribute("data-quote-id") ?? ""));
      const listed = await reportedIds();
      expect(listed.sort()).toEqual(demo.reported.map((r) => r.id).sort());
      // Under the speaker the engine gave, and without quotation marks.
      const statement = demo.reported.find((r) => r.speakerId)!;
      const speaker = demo.speakers.find((s) => s.id === statement.speakerId)!;
      const item = await popup.$eval(`[data-quote-id="${statement.id}"]`, (li) => ({
        group: li.closest(".group")?.querySelector(".name")?.textContent ?? "",
        text: li.querySelector(".jump")?.textContent ?? "",
      }));
      expect(item.group).toBe(speaker.name);
      expect(item.text.startsWith("“")).toBe(false);
      expect(await heading()).toContain(`${demo.reported.length} reported`);
      await popup.click(".quotes-only input");
      await popup.waitForFunction(() => !document.querySelector(".reported-list"), { timeout: SETTLE_MS, polling: POLL_MS });
      expect(await reportedIds()).toEqual([]);
      expect((await shownIds()).sort()).toEqual(demo.quotes.map((q) => q.id).sort());
      await screenshot("popup-quotes-only");
      await popup.click(".quotes-only input");
      await popup.waitForFunction(() => !!document.querySelector(".reported-list"), { timeout: SETTLE_MS, polling: POLL_MS });
      // Clicking a reported statement brings it into view on the page, its card open.
      await popup.click(`[data-quote-id="${statement.id}"] .jump`);
      await page.waitForFunction(
        (start) => {
          const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
          const range = [...(registry?.get("saidby-active") ?? [])][0];
          return !!range && range.toString().replace(/\s+/g, " ").startsWith(start);
        },
        { timeout: SETTLE_MS, polling: POLL_MS },
        statement.text.replace(/\s+/g, " ").slice(0, 20),
      );
    }, TEST_TIMEOUT_MS);

    it("copies a quote as a citation and exports Markdown, CSV and JSON", async () => {
      const tabler = demo.speakers.find((s) => s.name === "Andrew Tabler")!;
      const quote = demo.quotes.find((q) => q.speakerId === tabler.id)!;
      await popup.bringToFront();
      await popup.click(`[data-quote-id="${quote.id}"] .copy`);
      await popup.waitForFunction(() => document.querySelector(".status")?.textContent?.includes("Citation copied"), { timeout: SETTLE_MS, polling: POLL_MS });
      const host = new URL(server.origin).hostname;
      const want = `"${quote.text}" — Andrew Tabler, Washington Institute for Near East Policy (${host}, ${demo.url})`;
      if (run.name === "chromium") expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(want);
      for (const kind of ["json", "csv", "md"]) await popup.click(`.export-${kind}`);
      const files = async () => (await readdir(downloads())).filter((f) => !/\.(crdownload|part)$/.test(f));
      await popup.waitForFunction(() => true); // keep the popup responsive while the browser writes the files
      const until = Date.now() + SETTLE_MS;
      while ((await files()).length < 3 && Date.now() < until) await new Promise((r) => setTimeout(r, POLL_MS));
      const saved = (await files()).sort();
      expect(saved.map((f) => path.extname(f))).toEqual([".csv", ".json", ".md"]);
      const read = (ext: string) => readFile(path.join(downloads(), saved.find((f) => f.endsWith(ext))!), "utf8");
      expect(JSON.parse(await read(".json"))).toEqual(demo);
      const csv = (await read(".csv")).trimEnd().split("\r\n");
      expect(csv).toHaveLength(demo.quotes.length + demo.reported.length + 1);
      // The kind column tells quotations from reported speech.
      expect(new Set(csv.slice(1).map((row) => row.split(",")[2]))).toEqual(new Set([...demo.quotes, ...demo.reported].map((q) => q.kind)));
      const md = await read(".md");
      expect(md).toMatch(/^## Andrew Tabler — Syria expert and fellow, Washington Institute for Near East Policy/m);
      expect(md.match(/^> (?!—)/gm)).toHaveLength(demo.quotes.length);
    }, TEST_TIMEOUT_MS);

    it("screenshots for the README, light and dark", async () => {
      expect(await loadPopup(tabId)).toBe("quotes");
      // The first listed quote with a cue, opened: the header, the filter and the next group's reported statements stay in view.
      const byId = new Map(demo.quotes.map((q) => [q.id, q]));
      const quote = expectedGroups(demo).flatMap((g) => g.ids).map((id) => byId.get(id)!).find((q) => q.cue)!;
      await popup.click(`[data-quote-id="${quote.id}"] .more`);
      await popup.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      const light = await screenshot("popup-readme", true);
      if (run.name === "chromium") {
        // Media emulation is a CDP feature: the dark screenshot comes from Chromium.
        await popup.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
        const dark = await screenshot("popup-readme-dark", true);
        await popup.emulateMediaFeatures([]);
        // 200% zoom: a toolbar popup's CSS pixels double; the fixed 380 px layout must still read (reviewed by eye).
        await popup.setViewport({ ...POPUP_VIEWPORT, deviceScaleFactor: 2 });
        await popup.screenshot({ path: path.join(ARTIFACTS, `${run.name}-popup-zoom200.png`) });
        await popup.setViewport(POPUP_VIEWPORT);
        await publishScreenshot(light, "screenshot-popup.png");
        await publishScreenshot(dark, "screenshot-popup-dark.png");
      }
    }, TEST_TIMEOUT_MS);
  });

  describe("reported speech on a real article", () => {
    it("a source both quoted and reported: quotations in quote marks, reported statements listed apart below them (screenshot)", async () => {
      await openPage(SHOWCASE_PAGE);
      const answer = await attributionOfPage();
      const showcase = showcaseSource(answer);
      expect(showcase, "a source both quoted and reported").not.toBeNull();
      const { speaker, quoteIds, reported } = showcase!;
      expect(await loadPopup(tabId)).toBe("quotes");
      const group = (await shownGroups()).find((g) => g.name === speaker.name);
      expect(group, `a group for ${speaker.name}`).toMatchObject({ ids: quoteIds, reported: reported.map((r) => r.id) });
      // Quotations keep their marks; reported statements are the article's words with none added.
      for (const t of group!.texts) expect(t.startsWith("“")).toBe(true);
      for (const r of reported) {
        const shown = await popup.$eval(`[data-quote-id="${r.id}"] .jump`, (b) => b.textContent ?? "");
        expect(shown.startsWith("“")).toBe(false);
        expect(normal(r.text).startsWith(normal(shown.replace(/…$/, "")))).toBe(true);
      }
      // The reader looks the source up by name: the header, the filter and the whole group in one view.
      await popup.keyboard.press("/");
      await popup.keyboard.type(speaker.name);
      await popup.waitForFunction((n) => document.querySelectorAll(".group").length === 1 && document.querySelector(".group .name")?.textContent === n, { timeout: SETTLE_MS, polling: POLL_MS }, speaker.name);
      expect((await shownGroups())[0]).toMatchObject({ ids: quoteIds, reported: reported.map((r) => r.id) });
      expect(await popup.$eval(".status", (el) => el.textContent)).toBe(`${quoteIds.length} of ${answer.quotes.length} quotes match · ${reported.length} of ${answer.reported.length} reported`);
      await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await popup.mouse.move(0, 0); // no hover left on a button from earlier clicks
      const file = await screenshot("reported-popup", true);
      if (run.name === "chromium") await publishScreenshot(file, "screenshot-reported-popup.png");
    }, TEST_TIMEOUT_MS);
  });

  describe("every state has its screen", () => {
    if (busyPageHoldsAnswer) it("working: the popup says it is reading while the page is busy, and the list then appears below an unmoved header", async () => {
      await openPage(PAGES[0]!);
      await page.bringToFront();
      // The page's main thread is busy, so the content script cannot answer yet.
      // The page announces (with a synchronous request, sent before the loop can block it) that its loop has begun.
      const started = new Promise<void>((resolve) => {
        const seen = (request: { url(): string }): void => {
          if (!request.url().endsWith("/busy-start")) return;
          page.off("request", seen);
          resolve();
        };
        page.on("request", seen);
      });
      // Run by the page's own timer, not inside an evaluate (Firefox's BiDi would hold the popup's commands behind it).
      await page.evaluate((ms) => {
        setTimeout(() => {
          const xhr = new XMLHttpRequest();
          xhr.open("GET", "/busy-start", false);
          xhr.send();
          const end = Date.now() + ms;
          while (Date.now() < end);
        }, 0);
      }, BUSY_MS);
      await started;
      expect(await loadPopup(tabId, false)).toBe("loading");
      expect(await heading()).toBe("Reading the page…");
      expect(await popup.$eval("main", (m) => m.getAttribute("aria-busy"))).toBe("true");
      const before = await popup.$eval(".toolbar", (t) => t.getBoundingClientRect().top);
      await screenshot("popup-loading");
      await popup.waitForFunction(() => document.querySelector("#app")?.getAttribute("data-state") === "quotes", { timeout: BUSY_MS + SETTLE_MS, polling: POLL_MS });
      expect(await popup.$eval(".toolbar", (t) => t.getBoundingClientRect().top)).toBe(before);
    }, TEST_TIMEOUT_MS);

    const SCREENS: ReadonlyArray<{ file: string; state: string; title: string }> = [
      { file: "fixtures/demo/not-article.html", state: "not-article", title: "This page doesn’t look like an article" },
      { file: "fixtures/demo/no-quotes.html", state: "no-quotes", title: "No quotes found" },
    ];
    for (const { file, state, title } of SCREENS) {
      it(`${state}: ${file}`, async () => {
        await openPage(file);
        expect(await loadPopup(tabId)).toBe(state);
        expect(await heading()).toBe(title);
        await screenshot(`popup-${state}`);
      }, TEST_TIMEOUT_MS);
    }

    it("cannot-run: a browser page", async () => {
      await page.goto("about:blank");
      expect(await loadPopup(tabId)).toBe("cannot-run");
      expect(await heading()).toBe("Saidby can’t run on this page");
      await screenshot("popup-cannot-run");
    }, TEST_TIMEOUT_MS);

    it("error: the content script failed on the page and says why", async () => {
      allowSaidbyError = true;
      try {
        await openPage(CARD_TAG_TAKEN);
        expect(await page.evaluate(() => document.documentElement.getAttribute("data-saidby"))).toBe("error");
        expect(await loadPopup(tabId)).toBe("error");
        expect(await heading()).toBe("Something went wrong");
        expect(await popup.$eval(".message p", (p) => p.textContent)).toMatch(/^Saidby could not read this page: .+ The page itself was left unchanged\.$/);
        await screenshot("popup-error");
      } finally {
        allowSaidbyError = false;
      }
    }, TEST_TIMEOUT_MS);

    if (withholdAccess) {
      it("no-access: the user withheld host access; the button asks for it, reloads the page and lists the quotes", async () => {
        const matches = ["http://*/*", "https://*/*"];
        await popup.evaluate((m) => extensionApi().permissions.remove({ origins: m }), matches);
        await openPage(PAGES[0]!, false);
        expect(await page.evaluate(() => document.documentElement.hasAttribute("data-saidby"))).toBe(false);
        expect(await loadPopup(tabId)).toBe("no-access");
        expect(await heading()).toBe("Saidby may not read this site");
        expect(await popup.$eval(".allow", (b) => b.textContent)).toBe("Allow on websites");
        await screenshot("popup-no-access");
        // Headless Firefox shows no prompt: the suite's prefs answer it with yes.
        await popup.click(".allow");
        await popup.waitForFunction(() => document.querySelector("#app")?.getAttribute("data-state") === "quotes", { timeout: 20_000, polling: POLL_MS });
        expect(await popup.evaluate((m) => extensionApi().permissions.contains({ origins: m }), matches)).toBe(true);
        expect(await shownIds()).toEqual(expectedGroups(demo).flatMap((g) => g.ids));
      }, TEST_TIMEOUT_MS);
    }
  });

  describe("page text stays text", () => {
    it("quotes, title and site name full of markup render as text; nothing runs", async () => {
      await openPage(HOSTILE);
      const answer = await attributionOfPage();
      expect(answer.quotes.length).toBe(3);
      expect(await loadPopup(tabId)).toBe("quotes");
      for (const q of answer.quotes) {
        await popup.click(`[data-quote-id="${q.id}"] .more`).catch(() => {}); // short quotes with no cue have no More
      }
      const dom = await popup.evaluate(() => ({
        elements: [...document.body.querySelectorAll("*")].map((e) => e.localName).filter((n) => !["div", "main", "header", "h1", "h2", "p", "span", "section", "ul", "li", "button", "input", "label", "script"].includes(n)),
        scripts: document.scripts.length,
        pwned: (window as unknown as { pwned?: unknown }).pwned ?? null,
        text: document.body.textContent ?? "",
        title: document.querySelector(".title")?.textContent,
        source: document.querySelector(".source")?.textContent,
      }));
      expect(dom).toMatchObject({ elements: [], scripts: 1, pwned: null });
      for (const q of answer.quotes) expect(dom.text).toContain(q.text);
      expect(dom.text).toContain("<img src=x onerror='window.pwned=1'>");
      expect(dom.text).toContain("<script>window.pwned=2</script>");
      expect(dom.title).toBe("<img src=x onerror=alert(1)> Council votes on the harbour plan");
      expect(dom.source).toBe(`<b>The Harbour</b> <img src=x onerror="window.pwned=1"> Gazette`);
      expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned ?? null)).toBeNull();
      await screenshot("popup-hostile", true);
    }, TEST_TIMEOUT_MS);
  });

  it("logs no errors in the page, the popup or the background", () => {
    expect(errors).toEqual([]);
  });
}
