/**
 * Content script entry: the boundary between the page and Saidby. Reads the
 * reader's settings, finds the article, hands it to the overlay, answers the
 * popup and the background, and keeps up with pages that change (single-page
 * navigation, lazily loaded text). Not an article, or marking off for this
 * site → nothing is changed on the page (only the injection marker is set).
 * Any exception is caught here, logged once, and tears everything down,
 * leaving the page as it was.
 *
 * Messages are taken only from the extension itself (`sender.id`); page
 * scripts cannot reach `runtime.onMessage` at all (no `externally_connectable`),
 * and nothing listens to `window.postMessage` or DOM events for commands.
 */
import type { CardReply } from "../messages";
import { parseAttributeReply, parseMessage, type AttributionReply, type Message, type MoveReply } from "../messages";
import type { PageAttribution } from "../page/extract";
import { readArticleSteps, type PageArticle } from "../page/read-article";
import { runInSlices } from "../page/run-in-slices";
import { loadSettings, markingOn, parseSettings, SETTINGS_KEY, siteOf, type Settings } from "../settings";
import { engineRequest } from "./engine-request";
import { contentApi, type MessageSender } from "./ext";
import { createOverlay, type Overlay } from "./overlay";
import { watchPage, type PageWatch } from "./watch";

/** The publication's name for itself (og:site_name), for the popup's citations. */
function siteName(doc: Document): string | null {
  return doc.querySelector('meta[property="og:site_name"]')?.getAttribute("content")?.trim() || null;
}

/** Set on <html> once we ran: a second injection (extension reload, duplicate registration) does nothing. */
const MARKER = "data-saidby";
const LOG_PREFIX = "[saidby]";
/**
 * A page that is not an article is looked at again this many times as text
 * arrives (an article rendered late), then left alone until it navigates: a
 * feed or a chat that never stops adding text must not cost an extraction
 * every second and a half forever.
 */
const MAX_LATE_LOOKS = 5;

const api = contentApi();
let settings: Settings | null = null;
let result: PageAttribution | null = null;
/** Whether `result` is for the page as it is now (false after a change until the next extraction). */
let fresh = false;
/** The extraction under way, run in slices so a long article never holds the main thread. */
let pending: Promise<PageAttribution | null> | null = null;
/** Bumped by every page change: an extraction that started before it is stale when it ends. */
let generation = 0;
let overlay: Overlay | null = null;
let overlayControl: AbortController | null = null;
let reply: AttributionReply = { status: "not-article" };
let failed = false;
let watcher: PageWatch | null = null;
/** Looks at this address that found no article (see MAX_LATE_LOOKS). */
let lateLooks = 0;

function setMarker(state: string): void {
  try {
    document.documentElement.setAttribute(MARKER, state);
  } catch {
    // The page removed or replaced <html>: nothing of ours is left to tidy.
  }
}

function fail(error: unknown): void {
  if (!failed) {
    failed = true;
    console.error(LOG_PREFIX, error);
  }
  reply = { status: "error", message: error instanceof Error ? error.message : String(error) };
  // Keep answering the popup (it shows the error); everything else stops.
  watcher?.stop();
  watcher = null;
  dropOverlay();
  api.storage?.onChanged?.removeListener(onStorage);
  setMarker("error");
}

/** Wraps a callback so an exception in it tears Saidby down instead of reaching the page. */
function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    if (failed) return;
    try {
      fn(...args);
    } catch (error) {
      fail(error);
    }
  };
}

function dropOverlay(): void {
  overlayControl?.abort();
  overlayControl = null;
  overlay = null;
}

function sendCount(count: number): void {
  api.runtime.sendMessage({ type: "saidby/count", count }).catch(() => {
    // No background listening (e.g. it is restarting): the badge is a nicety.
  });
}

/** The engine's reading of the article, from the background (see background/engine.ts). */
async function attributeInBackground(page: PageArticle): Promise<PageAttribution> {
  const answer = parseAttributeReply(await api.runtime.sendMessage(engineRequest(page, location.href)));
  if ("error" in answer) throw new Error(answer.error);
  return { ...page, attribution: answer.attribution };
}

/**
 * Extracts the page as it is now (once per change): the article is read in
 * slices of a few milliseconds, the engine runs in the background.
 */
function extract(): Promise<PageAttribution | null> {
  if (fresh) return Promise.resolve(result);
  if (pending) return pending;
  const started = generation;
  const run = readPage().then(
    (found) => {
      if (pending === run) pending = null;
      // The page changed while we read it: this result is already old; read again.
      if (started !== generation) return extract();
      result = found;
      reply = found ? { status: "ok", attribution: found.attribution, site: siteName(document) } : { status: "not-article" };
      fresh = true;
      return found;
    },
    (error: unknown) => {
      if (pending === run) pending = null;
      throw error;
    },
  );
  pending = run;
  return run;
}

async function readPage(): Promise<PageAttribution | null> {
  const page = await runInSlices(readArticleSteps(document));
  return page ? attributeInBackground(page) : null;
}

/** Brings the page in line with the settings and the current extraction: marks or no marks. */
function render(): void {
  void renderNow().catch(fail);
}

async function renderNow(): Promise<void> {
  dropOverlay();
  const on = !!settings && markingOn(settings, siteOf(location.href));
  if (!on) {
    setMarker("off");
    sendCount(0);
    return;
  }
  const found = await extract();
  if (failed) return;
  dropOverlay();
  if (!found) {
    setMarker("not-article");
    sendCount(0);
    return;
  }
  // No quotes: nothing to show, so nothing is added to the page.
  if (found.attribution.quotes.length > 0 || (settings!.reported !== "off" && found.attribution.reported.length > 0)) {
    overlayControl = new AbortController();
    const signal = overlayControl.signal;
    watcher!.quietly(() => {
      overlay = createOverlay(document, found, { mode: settings!.marks, reported: settings!.reported, quietly: watcher!.quietly }, signal, guard);
    });
  }
  setMarker("marked");
  sendCount(found.attribution.quotes.length);
}

/** The page changed (debounced): extract again; rebuild only if the article's text or its nodes changed. */
function onPageChange(navigated: boolean): void {
  const before = result;
  // The popup extracts again when it asks, whatever we do here.
  fresh = false;
  generation++;
  if (navigated) lateLooks = 0;
  else if (!before && lateLooks >= MAX_LATE_LOOKS) return;
  if (!settings || !markingOn(settings, siteOf(location.href))) return;
  void extract()
    .then((after) => {
      if (failed) return;
      if (!after) lateLooks++;
      if (!navigated && before && after && overlay?.intact() && sameArticle(before, after)) {
        result = before;
        return;
      }
      render();
    })
    .catch(fail);
}

/** Same blocks, same text, same nodes: the marks already on the page are right. */
function sameArticle(a: PageAttribution, b: PageAttribution): boolean {
  if (a.blocks.length !== b.blocks.length) return false;
  for (let i = 0; i < a.blocks.length; i++) {
    const x = a.blocks[i]!;
    const y = b.blocks[i]!;
    if (x.text !== y.text || x.element !== y.element) return false;
  }
  return true;
}

function onStorage(changes: Record<string, { newValue?: unknown }>, area: string): void {
  if (area !== "sync" || !(SETTINGS_KEY in changes)) return;
  guard(() => {
    settings = parseSettings(changes[SETTINGS_KEY]!.newValue);
    render();
  })();
}

function handle(message: Message): AttributionReply | MoveReply | CardReply | undefined {
  switch (message.type) {
    case "saidby/get-attribution":
      return reply;
    case "saidby/scroll-to":
      return { found: overlay?.goTo(message.quoteId) ?? false };
    case "saidby/step":
      return { found: overlay?.step(message.direction) ?? false };
    case "saidby/get-card":
      return overlay?.card() ?? { open: false, quoteId: null, label: null, lines: [] };
    default:
      return undefined;
  }
}

function onMessage(raw: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void): boolean {
  // Only the extension's own pages and background; never another extension or a web page.
  if (sender.id !== api.runtime.id) return false;
  const message = parseMessage(raw);
  if (!message) return false;
  if (message.type === "saidby/get-attribution" && !failed && !fresh) {
    // Marking may be off for this site, or the page just changed: the popup still gets what the page says now.
    extract()
      .then(() => sendResponse(reply))
      .catch((error: unknown) => {
        fail(error);
        sendResponse(reply);
      });
    return true;
  }
  try {
    const answer = handle(message);
    if (answer !== undefined) sendResponse(answer);
  } catch (error) {
    fail(error);
    sendResponse(reply);
  }
  return false;
}

async function start(): Promise<void> {
  const root = document.documentElement;
  if (!root || root.hasAttribute(MARKER)) return;
  root.setAttribute(MARKER, "running");
  api.runtime.onMessage.addListener(onMessage);
  try {
    settings = await loadSettings(api.storage?.sync);
    api.storage?.onChanged?.addListener(onStorage);
    watcher = watchPage(window, () => result?.article.root ?? null, guard(onPageChange));
    render();
  } catch (error) {
    fail(error);
  }
}

void start();
