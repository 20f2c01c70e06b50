/**
 * Content script entry: the boundary between the page and Saidby. Finds the
 * article, hands it to the overlay, answers the popup and the background.
 * Not an article → nothing is changed on the page (only the injection marker
 * is set). Any exception is caught here, logged once, and tears everything
 * down, leaving the page as it was.
 */
import browser from "webextension-polyfill";
import type { Runtime } from "webextension-polyfill";
import { extractFromDocument } from "../page/extract";
import { parseMessage, type AttributionReply, type Message, type MoveReply } from "../messages";
import { createOverlay, type Overlay } from "./overlay";

/** The publication's name for itself (og:site_name), for the popup's citations. */
function siteName(doc: Document): string | null {
  return doc.querySelector('meta[property="og:site_name"]')?.getAttribute("content")?.trim() || null;
}

/** Set on <html> once we ran: a second injection (extension reload, duplicate registration) does nothing. */
const MARKER = "data-saidby";
const LOG_PREFIX = "[saidby]";

const controller = new AbortController();
let overlay: Overlay | null = null;
let reply: AttributionReply = { status: "not-article" };
let logged = false;

function fail(error: unknown): void {
  if (!logged) {
    logged = true;
    console.error(LOG_PREFIX, error);
  }
  reply = { status: "error", message: error instanceof Error ? error.message : String(error) };
  overlay = null;
  try {
    document.documentElement.setAttribute(MARKER, "error");
  } catch {
    // The page removed or replaced <html>: nothing of ours is left to tidy.
  }
  // Keep answering the popup (it shows the error); everything else stops.
  listeners.abort();
}

/** Wraps a callback so an exception in it tears the overlay down instead of reaching the page. */
function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (error) {
      fail(error);
    }
  };
}

/** Page listeners and the overlay; aborted on failure. The message listener outlives it to report the error. */
const listeners = new AbortController();
controller.signal.addEventListener("abort", () => listeners.abort(), { once: true });

function handle(message: Message): AttributionReply | MoveReply | undefined {
  switch (message.type) {
    case "saidby/get-attribution":
      return reply;
    case "saidby/scroll-to":
      return { found: overlay?.goTo(message.quoteId) ?? false };
    case "saidby/step":
      return { found: overlay?.step(message.direction) ?? false };
    default:
      return undefined;
  }
}

function onMessage(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  try {
    const answer = handle(message);
    return answer === undefined ? undefined : Promise.resolve(answer);
  } catch (error) {
    fail(error);
    return Promise.resolve(reply);
  }
}

function start(): void {
  const root = document.documentElement;
  if (!root || root.hasAttribute(MARKER)) return;
  root.setAttribute(MARKER, "running");
  browser.runtime.onMessage.addListener(onMessage);
  controller.signal.addEventListener("abort", () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
  try {
    const result = extractFromDocument(document, location.href);
    if (!result) {
      root.setAttribute(MARKER, "not-article");
      return;
    }
    // No quotes: nothing to show, so nothing is added to the page.
    if (result.attribution.quotes.length > 0) overlay = createOverlay(document, result, listeners.signal, guard);
    reply = { status: "ok", attribution: result.attribution, site: siteName(document) };
    root.setAttribute(MARKER, "marked");
    browser.runtime.sendMessage({ type: "saidby/count", count: result.attribution.quotes.length }).catch(() => {
      // No background listening (e.g. it is restarting): the badge is a nicety.
    });
  } catch (error) {
    fail(error);
  }
}

start();
