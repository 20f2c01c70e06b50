/**
 * Failure containment at the content script's boundary (src/overlay/content.ts):
 * an exception anywhere inside Saidby is caught there, logged once, leaves the
 * page's DOM exactly as served (only the `data-saidby="error"` marker on
 * <html> says what happened), and the popup still gets an answer.
 *
 * The content script runs here on a linkedom page with a stand-in extension
 * API. There is no isolated world in Node, so breaking a DOM method on the
 * page object breaks it for Saidby too: that is how the failures are forced.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseHTML } from "linkedom";
import { articlePage } from "../fixtures/hostile/pages";
import { attributeArticle } from "../../src/background/engine";
import { parseMessage } from "../../src/messages";

const EXTENSION_ID = "saidby-test-id";

type Listener = (raw: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => unknown;

interface Harness {
  document: Document;
  listeners: Listener[];
  errors: unknown[][];
  /** Sends a message as `sender` would; resolves with the reply, or "no reply". */
  send(message: unknown, sender?: { id?: string }): unknown;
  /** The page as served, to compare with. */
  served: string;
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

/** What the background answers the content script: the engine, as background/main.ts wires it. */
function background(raw: unknown): Promise<unknown> {
  const message = parseMessage(raw);
  return Promise.resolve(message?.type === "saidby/attribute" ? attributeArticle(message) : undefined);
}

async function runContentScript(
  html: string,
  breakPage: (doc: Document, win: Window) => void,
  sendToBackground: (raw: unknown) => Promise<unknown> = background,
): Promise<Harness> {
  const { window, document } = parseHTML(html) as unknown as { window: Window & typeof globalThis; document: Document };
  const served = document.toString();
  const listeners: Listener[] = [];
  const errors: unknown[][] = [];
  const g = globalThis as Record<string, unknown>;
  g.window = window;
  g.document = document;
  g.location = { href: "http://127.0.0.1/story.html" };
  g.chrome = {
    runtime: {
      id: EXTENSION_ID,
      sendMessage: sendToBackground,
      onMessage: {
        addListener: (fn: Listener) => listeners.push(fn),
        removeListener: (fn: Listener) => listeners.splice(listeners.indexOf(fn), 1),
      },
    },
    storage: {
      sync: { get: () => Promise.resolve({}), set: () => Promise.resolve() },
      onChanged: { addListener: () => {}, removeListener: () => {} },
    },
  };
  // What linkedom lacks of a browser window, as plain stand-ins (no layout: every style value is empty).
  const w = window as unknown as Record<string, unknown>;
  w.getComputedStyle ??= () => new Proxy({}, { get: (_t, k) => (k === "getPropertyValue" ? () => "" : "") });
  w.requestAnimationFrame ??= (fn: (t: number) => void) => setTimeout(() => fn(performance.now()), 0);
  w.cancelAnimationFrame ??= (id: number) => clearTimeout(id);
  w.matchMedia ??= () => ({ matches: false, addEventListener() {}, removeEventListener() {} });
  w.innerHeight ??= 900;
  w.innerWidth ??= 1280;
  w.scrollBy ??= () => {};
  w.location ??= g.location;
  for (const k of ["Node", "Element", "HTMLElement", "Text", "Range", "NodeFilter", "Document", "Event", "CustomEvent", "Highlight", "CSS", "CSSStyleSheet"]) g[k] = w[k];
  // The CSS Custom Highlight API, as the browsers have it (the marks Saidby paints there never touch the DOM).
  w.Highlight ??= class extends Set<unknown> { priority = 0; };
  w.CSS ??= { highlights: new Map() };
  w.CSSStyleSheet ??= class { replaceSync(): void {} insertRule(): number { return 0; } };
  (document as unknown as { adoptedStyleSheets: unknown[] }).adoptedStyleSheets ??= [];
  for (const k of ["Highlight", "CSS", "CSSStyleSheet"]) g[k] = w[k];
  g.NodeFilter = w.NodeFilter ??= { SHOW_ALL: 0xffffffff, SHOW_ELEMENT: 1, SHOW_TEXT: 4, FILTER_ACCEPT: 1, FILTER_REJECT: 2, FILTER_SKIP: 3 };
  g.MutationObserver = w.MutationObserver ?? class { observe() {} disconnect() {} takeRecords() { return []; } };
  breakPage(document, window);
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args));
  vi.resetModules();
  await import("../../src/overlay/content");
  await settle();
  return {
    document,
    listeners,
    errors,
    served,
    send(message, sender = { id: EXTENSION_ID }) {
      let reply: unknown = "no reply";
      for (const fn of listeners) fn(message, sender, (r) => (reply = r));
      return reply;
    },
  };
}

/** The document as served, apart from our marker on <html>. */
function withoutMarker(doc: Document): string {
  const root = doc.documentElement;
  const marker = root.getAttribute("data-saidby");
  root.removeAttribute("data-saidby");
  const text = doc.toString();
  if (marker !== null) root.setAttribute("data-saidby", marker);
  return text;
}

const PAGE = articlePage("");

describe("an exception inside Saidby is contained at the boundary", () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });
  afterEach(() => {
    for (const k of ["window", "document", "location", "chrome", "MutationObserver", "Node", "Element", "HTMLElement", "Text", "Range", "NodeFilter", "Document", "Event", "CustomEvent", "Highlight", "CSS", "CSSStyleSheet"]) delete (globalThis as Record<string, unknown>)[k];
  });

  it("control: the same page with nothing broken is marked, with no error logged", async () => {
    const h = await runContentScript(PAGE, () => {});
    expect(h.document.documentElement.getAttribute("data-saidby")).toBe("marked");
    expect(h.errors).toEqual([]);
    const reply = h.send({ type: "saidby/get-attribution" }) as { status: string; attribution: { quotes: unknown[] } };
    expect(reply.status).toBe("ok");
    expect(reply.attribution.quotes.length).toBeGreaterThanOrEqual(3);
  });

  const FAILURES: ReadonlyArray<[string, (doc: Document, win: Window) => void]> = [
    ["while finding the article (the document's element queries throw)", (doc) => {
      // Every way the finder may ask the document for elements, so the test holds whichever it uses.
      doc.getElementsByTagName = () => { throw new Error("boom: getElementsByTagName"); };
      doc.querySelectorAll = () => { throw new Error("boom: querySelectorAll"); };
      doc.querySelector = () => { throw new Error("boom: querySelector"); };
    }],
    ["while painting the marks (new Highlight throws)", () => {
      (globalThis as Record<string, unknown>).Highlight = function () { throw new Error("boom: Highlight"); };
      ((globalThis as Record<string, unknown>).window as Record<string, unknown>).Highlight = (globalThis as Record<string, unknown>).Highlight;
    }],
    ["while building the card (createElement of the card host throws)", (doc) => {
      const create = doc.createElement.bind(doc);
      doc.createElement = ((tag: string, opts?: ElementCreationOptions) => {
        if (tag.includes("-")) throw new Error("boom: custom element");
        return create(tag, opts);
      }) as Document["createElement"];
    }],
    ["while watching the page (MutationObserver throws)", () => {
      (globalThis as Record<string, unknown>).MutationObserver = function () { throw new Error("boom: MutationObserver"); };
    }],
  ];

  for (const [when, breakPage] of FAILURES) {
    it(`${when}: logged once, page untouched, the popup told`, async () => {
      const h = await runContentScript(PAGE, breakPage);
      expect(h.document.documentElement.getAttribute("data-saidby")).toBe("error");
      expect(h.errors).toHaveLength(1);
      expect(h.errors[0]![0]).toBe("[saidby]");
      expect(withoutMarker(h.document)).toBe(h.served);
      // The popup still gets an answer, and it says what went wrong.
      const reply = h.send({ type: "saidby/get-attribution" }) as { status: string; message: string };
      expect(reply.status).toBe("error");
      expect(reply.message).toMatch(/boom/);
      // Everything else is off: moving to a quote finds nothing, and nothing more is logged.
      expect(h.send({ type: "saidby/step", direction: 1 })).toEqual({ found: false });
      expect(h.errors).toHaveLength(1);
      expect(withoutMarker(h.document)).toBe(h.served);
    });
  }

  const BACKGROUND_FAILURES: ReadonlyArray<[string, (raw: unknown) => Promise<unknown>]> = [
    ["the background cannot be reached (extension reloaded under the page)", () => Promise.reject(new Error("boom: could not establish connection"))],
    ["the engine failed in the background", () => Promise.resolve({ error: "boom: engine" })],
    ["the background answers nonsense", () => Promise.resolve({ attribution: "boom" })],
  ];

  for (const [when, sendToBackground] of BACKGROUND_FAILURES) {
    it(`${when}: logged once, page untouched, the popup told`, async () => {
      const h = await runContentScript(PAGE, () => {}, sendToBackground);
      expect(h.document.documentElement.getAttribute("data-saidby")).toBe("error");
      expect(h.errors).toHaveLength(1);
      expect(withoutMarker(h.document)).toBe(h.served);
      const reply = h.send({ type: "saidby/get-attribution" }) as { status: string; message: string };
      expect(reply.status).toBe("error");
      expect(reply.message).not.toBe("");
    });
  }

  it("messages from anyone but the extension, or of unknown shape, get no answer", async () => {
    const h = await runContentScript(PAGE, () => {});
    expect(h.send({ type: "saidby/get-attribution" }, { id: "another-extension" })).toBe("no reply");
    expect(h.send({ type: "saidby/get-attribution" }, {})).toBe("no reply");
    expect(h.send({ type: "saidby/run", code: "alert(1)" })).toBe("no reply");
    expect(h.send("saidby/get-attribution")).toBe("no reply");
    expect(h.send({ type: "saidby/step", direction: 7 })).toBe("no reply");
    expect(h.errors).toEqual([]);
  });
});
