/**
 * The end-to-end suite, run once per browser: the built extension on the demo
 * article and on pages it must leave alone. Assertions read only what the
 * page or the extension shows anyway: the page's CSS highlight registry, the
 * card host's mirrored label, the popup's DOM, and the content script's
 * replies to the popup's own messages.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "puppeteer-core";
import type { Attribution, Speaker } from "../../src/core/attribution";
import type { AttributionReply, CardReply, Message } from "../../src/messages";
import { quoteLabel } from "../../src/describe";
import { ROOT, type Launched } from "./browsers";
import { publishScreenshot } from "./docs-screenshots";
import { GOLD, OUTSIDE_QUOTES, isGoldSpeaker, normal } from "./gold";
import { serveFixtures, type FixtureServer } from "./server";

/** Generous: a cold browser start on a busy CI machine. */
export const LAUNCH_TIMEOUT_MS = 60_000;
/** Per test; each test is a few page loads and hovers. */
export const TEST_TIMEOUT_MS = 45_000;
/** Waiting for the content script or the popup to settle. */
const SETTLE_MS = 10_000;
/** How long a hover must leave the card closed before we call it "not marked". */
const QUIET_MS = 250;
/** Interval polling: the default (requestAnimationFrame) stalls in background tabs, and the popup tab often is one. */
const POLL_MS = 50;
const POPUP_VIEWPORT = { width: 380, height: 600 };

const ARTIFACTS = path.join(ROOT, "artifacts");

/** The few extension APIs the tests call from the popup page (types for `browser.*` / `chrome.*`, which share shapes here). */
interface ExtensionApi {
  tabs: {
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    getCurrent(): Promise<{ id?: number } | undefined>;
    query(q: object): Promise<Array<{ id?: number }>>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
}
declare function extensionApi(): ExtensionApi;

/** Defines `extensionApi` in the popup page (functions passed to evaluate cannot close over test code). */
const DEFINE_API = `globalThis.extensionApi = () => globalThis.browser ?? globalThis.chrome;`;

export function extensionSuite(launch: () => Promise<Launched>): void {
  let run: Launched;
  let server: FixtureServer;
  let page: Page;
  let popup: Page;
  let tabId: number;
  let attribution: Attribution;
  const errors: string[] = [];
  const timings: Record<string, number> = {};
  const started = performance.now();

  function watch(p: Page, label: string): void {
    p.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warn") errors.push(`${label}: ${m.text()}`);
    });
    p.on("pageerror", (e) => errors.push(`${label}: ${e instanceof Error ? e.message : String(e)}`));
  }

  async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
    const t = performance.now();
    try {
      return await work();
    } finally {
      timings[name] = Math.round(performance.now() - t);
    }
  }

  /** Loads a fixture in the test tab and waits until the content script has decided. */
  async function openFixture(name: string): Promise<void> {
    await page.goto(`${server.origin}/demo/${name}`, { waitUntil: "load" });
    await page.waitForFunction(
      () => {
        const state = document.documentElement?.getAttribute("data-saidby");
        return !!state && state !== "running";
      },
      { timeout: SETTLE_MS, polling: POLL_MS },
    );
  }

  /** Opens the popup as a tab reading `forTab` (Firefox: goto is not awaited, it has no load event). */
  async function loadPopup(forTab: number | null): Promise<string> {
    const url = `${run.extensionBase}popup.html${forTab === null ? "" : `?tab=${forTab}`}`;
    // A real popup is always visible; in a background tab Preact's effects (rAF-scheduled) would crawl.
    await popup.bringToFront();
    if (popup.url().startsWith(run.extensionBase)) {
      // From one extension page to the next: a plain navigation is faster than goto in Firefox (no load event to miss).
      await popup.evaluate((u) => location.assign(u), url);
    } else {
      void popup.goto(url).catch(() => {});
    }
    await popup.waitForFunction(
      (u) => location.href === u && !!document.querySelector("#app:not([data-state=loading])"),
      { timeout: SETTLE_MS, polling: POLL_MS },
      url,
    );
    await popup.evaluate(DEFINE_API);
    return popup.$eval("#app", (el) => el.getAttribute("data-state") ?? "");
  }

  /** Sends a message to the test tab's content script from the popup page, as the popup does. */
  function ask<T>(message: Message): Promise<T> {
    return popup.evaluate(
      (id, m) => {
        const api = extensionApi();
        return api.tabs.sendMessage(id, m) as Promise<unknown>;
      },
      tabId,
      message,
    ) as Promise<T>;
  }

  /** Scrolls the first occurrence of `needle` inside `selector` into view; its first line's centre, or null. */
  function locate(selector: string, needle: string): Promise<{ x: number; y: number } | null> {
    return page.evaluate(
      async (sel, text) => {
        const scope = document.querySelector(sel);
        if (!scope) return null;
        const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        let all = "";
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push(n as Text);
          all += (n as Text).data;
        }
        const at = all.indexOf(text);
        if (at < 0) return null;
        // A few characters are enough to land on the quote's first line.
        const end = at + Math.min(text.length, 6);
        const range = document.createRange();
        let offset = 0;
        for (const node of nodes) {
          const len = node.data.length;
          if (offset <= at && at < offset + len) range.setStart(node, at - offset);
          if (offset < end && end <= offset + len) {
            range.setEnd(node, end - offset);
            break;
          }
          offset += len;
        }
        (range.startContainer.parentElement as Element).scrollIntoView({ block: "center" });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const rect = range.getClientRects()[0];
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      },
      selector,
      needle,
    );
  }

  /** What the card shows, asked through the extension (the page itself cannot read the closed card). */
  function cardState(): Promise<CardReply> {
    return ask<CardReply>({ type: "saidby/get-card" });
  }

  /** Polls the card until `want` holds; throws with the last state after `timeout` ms. */
  async function waitForCard(want: (card: CardReply) => boolean, timeout = 3000): Promise<CardReply> {
    const until = performance.now() + timeout;
    for (;;) {
      const card = await cardState();
      if (want(card)) return card;
      if (performance.now() > until) throw new Error(`card is ${JSON.stringify(card)}`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  /** Text of every range in our highlights, read from the page's own CSS.highlights registry. */
  function markedTexts(): Promise<string[]> {
    return page.evaluate(() => {
      const out: string[] = [];
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      if (!registry) return out;
      for (const [name, highlight] of registry) {
        if (!name.startsWith("saidby-") || name === "saidby-active" || name === "saidby-flash" || name === "saidby-reported") continue;
        for (const range of highlight) out.push(range.toString());
      }
      return out;
    });
  }

  function speakerOf(id: string | null): Speaker | null {
    return attribution.speakers.find((s) => s.id === id) ?? null;
  }

  /** Why the browser could not be set up; every test then fails with it (vitest would otherwise report them as skipped). */
  let setupError: unknown = null;
  beforeEach(() => {
    if (setupError) throw setupError;
  });

  beforeAll(async () => {
    try {
      await setUp();
    } catch (error) {
      setupError = error;
    }
  }, LAUNCH_TIMEOUT_MS);

  async function setUp(): Promise<void> {
    await mkdir(ARTIFACTS, { recursive: true });
    server = await serveFixtures(path.join(ROOT, "tests/fixtures"));
    run = await timed("launch + install", launch);
    for (const attach of run.consoles) attach((text) => errors.push(text));
    const pages = await run.browser.pages();
    page = pages[0] ?? (await run.browser.newPage());
    for (const extra of pages.slice(1)) await extra.close();
    watch(page, "page");
    popup = await run.browser.newPage();
    watch(popup, "popup");
    await popup.setViewport(POPUP_VIEWPORT);
    // The popup page, opened with no ?tab, is a tab of its own; the other tab is the test page.
    await loadPopup(null);
    tabId = await popup.evaluate(async () => {
      const api = extensionApi();
      const self = await api.tabs.getCurrent();
      const tabs = await api.tabs.query({});
      const other = tabs.find((t) => t.id !== self?.id);
      if (other?.id === undefined) throw new Error("no test tab");
      return other.id;
    });
  }

  afterAll(async () => {
    timings.total = Math.round(performance.now() - started);
    if (run) {
      console.log(`[e2e ${run.name}] timings (ms): ${JSON.stringify(timings)}`);
      await writeFile(path.join(ARTIFACTS, `e2e-${run.name}-timings.json`), JSON.stringify(timings, null, 2));
      await run.browser.close();
    }
    await server?.close();
  }, LAUNCH_TIMEOUT_MS);

  describe("demo article", () => {
    it("finds every gold quote with its speaker", async () => {
      await timed("demo page load", () => openFixture("palmyra.html"));
      const reply = await ask<AttributionReply>({ type: "saidby/get-attribution" });
      expect(reply.status).toBe("ok");
      if (reply.status !== "ok") return;
      attribution = reply.attribution;
      const problems: string[] = [];
      for (const gold of GOLD) {
        const quote = attribution.quotes.find((q) => normal(q.text).startsWith(normal(gold.starts)));
        if (!quote) {
          problems.push(`missing: ${gold.starts}`);
          continue;
        }
        const name = speakerOf(quote.speakerId)?.name;
        if (!isGoldSpeaker(gold, name)) problems.push(`${gold.starts}: speaker ${name ?? "none"}, want ${gold.speaker}`);
      }
      expect(problems).toEqual([]);
      expect(attribution.quotes).toHaveLength(GOLD.length);
    }, TEST_TIMEOUT_MS);

    it("marks every quote in the page and nothing in the related box or comments", async () => {
      const marked = await markedTexts();
      expect(marked).toHaveLength(attribution.quotes.length);
      for (const gold of GOLD) {
        expect(marked.some((t) => normal(t).startsWith(normal(gold.starts))), gold.starts).toBe(true);
      }
      const outside = await page.evaluate(() => {
        const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        const boxes = [...document.querySelectorAll(".related, .comments, header.site-header, footer")];
        let hits = 0;
        for (const [name, h] of registry) {
          if (!name.startsWith("saidby-")) continue;
          for (const r of h) if (boxes.some((b) => r.intersectsNode(b) && !b.contains(document.querySelector("article")))) hits++;
        }
        return hits;
      });
      expect(outside).toBe(0);
      // Marks are highlights, the card hangs off <html>: the page's own head and body are byte-for-byte as served.
      const unchanged = await page.evaluate(async () => {
        const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), "text/html");
        return served.head.innerHTML === document.head.innerHTML && served.body.innerHTML === document.body.innerHTML;
      });
      expect(unchanged).toBe(true);
    }, TEST_TIMEOUT_MS);

    it("hovering a quote shows a card with its speaker and affiliation", async () => {
      await page.bringToFront();
      const problems: string[] = [];
      await timed("hover 10 quotes", async () => {
        for (const gold of GOLD) {
          const quote = attribution.quotes.find((q) => normal(q.text).startsWith(normal(gold.starts)));
          const want = quoteLabel(speakerOf(quote?.speakerId ?? null));
          const at = await locate("article", gold.starts);
          if (!at) {
            problems.push(`not on page: ${gold.starts}`);
            continue;
          }
          await page.mouse.move(at.x, at.y);
          try {
            await waitForCard((card) => card.open && card.label === want);
          } catch {
            problems.push(`${gold.starts}: card ${JSON.stringify(await cardState())}, want ${want}`);
          }
          if (gold.speaker === "Andrew Tabler" && gold.starts.startsWith("The regime")) {
            await page.screenshot({ path: path.join(ARTIFACTS, `${run.name}-page-card.png`) });
          }
        }
      });
      expect(problems).toEqual([]);
    }, TEST_TIMEOUT_MS);

    it("hovering quoted text in the related box or comments shows no card", async () => {
      for (const { selector, text } of OUTSIDE_QUOTES) {
        const at = await locate(selector, text);
        expect(at, text).not.toBeNull();
        await page.mouse.move(at!.x, at!.y);
        // A card still open from the last hover closes after its grace delay; then none may open here.
        await waitForCard((card) => !card.open);
        await new Promise((r) => setTimeout(r, QUIET_MS));
        expect((await cardState()).open, text).toBe(false);
      }
      for (const q of attribution.quotes) {
        for (const { text } of OUTSIDE_QUOTES) expect(normal(q.text)).not.toContain(normal(text));
      }
    }, TEST_TIMEOUT_MS);

    it("the popup lists every quote grouped by speaker", async () => {
      const state = await timed("popup open", () => loadPopup(tabId));
      expect(state).toBe("quotes");
      const groups = await popup.$$eval(".group", (els) =>
        els.map((g) => ({
          speaker: g.getAttribute("data-speaker"),
          kind: [...g.classList].find((c) => c.startsWith("kind-")),
          ids: [...g.querySelectorAll("[data-quote-id]")].map((q) => q.getAttribute("data-quote-id")),
        })),
      );
      const listed = groups.flatMap((g) => g.ids);
      expect(listed.sort()).toEqual([...attribution.quotes, ...attribution.reported].map((q) => q.id).sort());
      for (const q of attribution.quotes) {
        const group = groups.find((g) => g.ids.includes(q.id));
        expect(group?.speaker).toBe(speakerOf(q.speakerId)?.name ?? "Speaker not identified");
      }
      // Named speakers first, then anonymous sources, then unattributed quotes.
      const rank = (k?: string) => (k === "kind-anonymous" ? 1 : k === "kind-unattributed" ? 2 : 0);
      const ranks = groups.map((g) => rank(g.kind));
      expect(ranks).toEqual([...ranks].sort());
      const height = await popup.evaluate(() => document.documentElement.scrollHeight);
      // Only the visible tab paints: a screenshot of a background tab waits forever.
      await popup.bringToFront();
      await popup.setViewport({ ...POPUP_VIEWPORT, height: Math.max(POPUP_VIEWPORT.height, height) });
      await popup.screenshot({ path: path.join(ARTIFACTS, `${run.name}-popup.png`) });
      if (run.name === "chromium") {
        // Media emulation is a CDP feature; one dark screenshot is enough to review the dark palette.
        await popup.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
        await popup.screenshot({ path: path.join(ARTIFACTS, `${run.name}-popup-dark.png`) });
        await popup.emulateMediaFeatures([]);
      }
      await popup.setViewport(POPUP_VIEWPORT);
    }, TEST_TIMEOUT_MS);

    it("clicking a quote in the popup scrolls to it and opens its card; Escape closes it", async () => {
      await page.bringToFront();
      await page.evaluate(() => window.scrollTo(0, 0));
      const last = attribution.quotes[attribution.quotes.length - 1]!;
      await popup.bringToFront();
      await popup.click(`[data-quote-id="${last.id}"] .jump`);
      await waitForCard((card) => card.open);
      expect((await cardState()).label).toBe(quoteLabel(speakerOf(last.speakerId)));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await page.bringToFront();
      await page.keyboard.press("Escape");
      await waitForCard((card) => !card.open);
      // The keyboard command path: next quote from the top is the first one.
      await page.evaluate(() => window.scrollTo(0, 0));
      const moved = await ask<{ found: boolean }>({ type: "saidby/step", direction: 1 });
      expect(moved.found).toBe(true);
      expect((await cardState()).label).toBe(quoteLabel(speakerOf(attribution.quotes[0]!.speakerId)));
    }, TEST_TIMEOUT_MS);

    it("the toolbar badge shows the number of quotes", async () => {
      const text = await popup.evaluate(async (id) => {
        const api = extensionApi();
        return api.action.getBadgeText({ tabId: id });
      }, tabId);
      expect(text).toBe(String(attribution.quotes.length));
    }, TEST_TIMEOUT_MS);

    it("page scripts and page CSS can neither reach nor hide the card", async () => {
      const hostile = await page.evaluateOnNewDocument(() => {
        const roots: unknown[] = [];
        (window as unknown as { capturedRoots: unknown[] }).capturedRoots = roots;
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init: ShadowRootInit) {
          const root = attach.call(this, init);
          roots.push(root);
          return root;
        };
        document.addEventListener("DOMContentLoaded", () => {
          const style = document.createElement("style");
          style.textContent = "saidby-card { display: none !important; opacity: 0 !important; }";
          document.head.append(style);
        });
      });
      try {
        await page.bringToFront();
        await openFixture("palmyra.html?hostile");
        const tabler = GOLD.find((g) => g.speaker === "Andrew Tabler")!;
        const at = await locate("article", tabler.starts);
        await page.mouse.move(at!.x, at!.y);
        await waitForCard((card) => card.open);
        const seen = await page.evaluate(() => {
          const host = document.querySelector("saidby-card")!;
          const style = getComputedStyle(host);
          return {
            captured: (window as unknown as { capturedRoots: unknown[] }).capturedRoots.length,
            shadowRoot: host.shadowRoot === null ? "closed" : "open",
            display: style.display,
            opacity: style.opacity,
            width: host.getBoundingClientRect().width > 0,
          };
        });
        expect(seen).toEqual({ captured: 0, shadowRoot: "closed", display: "block", opacity: "1", width: true });
      } finally {
        await page.removeScriptToEvaluateOnNewDocument(hostile.identifier);
      }
    }, TEST_TIMEOUT_MS);

    it("registers the next/previous quote keyboard commands", async () => {
      const commands = await popup.evaluate(() => extensionApi().commands.getAll());
      const byName = Object.fromEntries(commands.map((c) => [c.name, (c.shortcut ?? "").replace(/\s/g, "")]));
      // Chromium spells the keys "." and ","; Firefox keeps "Period" and "Comma".
      expect(byName["saidby-next"]).toMatch(/^Alt\+Shift\+(\.|Period)$/);
      expect(byName["saidby-previous"]).toMatch(/^Alt\+Shift\+(,|Comma)$/);
    }, TEST_TIMEOUT_MS);
  });

  describe("pages to leave alone", () => {
    const CASES: ReadonlyArray<{ file: string; states: string[] }> = [
      { file: "not-article.html", states: ["not-article"] },
      { file: "empty.html", states: ["not-article"] },
      { file: "no-quotes.html", states: ["no-quotes"] },
      { file: "broken.html", states: ["not-article", "no-quotes"] },
    ];
    for (const { file, states } of CASES) {
      it(`${file}: no marks, no card, the popup says why`, async () => {
        await page.bringToFront();
        await openFixture(file);
        const left = await page.evaluate(() => ({
          highlights: [...((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.keys() ?? [])].filter((n) =>
            n.startsWith("saidby-"),
          ).length,
          sheets: document.adoptedStyleSheets.length,
          card: !!document.querySelector("saidby-card"),
        }));
        expect(left).toEqual({ highlights: 0, sheets: 0, card: false });
        expect(states).toContain(await loadPopup(tabId));
        await popup.bringToFront();
        await popup.screenshot({ path: path.join(ARTIFACTS, `${run.name}-popup-${file.replace(".html", "")}.png`) });
      }, TEST_TIMEOUT_MS);
    }

    it("a page the content script cannot run on: the popup says so", async () => {
      await page.goto("about:blank");
      expect(await loadPopup(tabId)).toBe("cannot-run");
    }, TEST_TIMEOUT_MS);
  });

  it("logs no errors in the page, the popup or the background", async () => {
    expect(errors).toEqual([]);
    if (run.name === "chromium") {
      await publishScreenshot(path.join(ARTIFACTS, "chromium-page-card.png"), "screenshot-page.png");
      // docs/screenshot-popup*.png come from tests/e2e/popup-suite.ts (an expanded quote, light and dark).
    }
  }, TEST_TIMEOUT_MS);
}
