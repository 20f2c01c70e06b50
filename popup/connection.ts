/**
 * How the popup reaches the page: which tab, and the two messages it sends.
 * Tests open the popup as a tab of its own, which has no active page to read,
 * so `?tab=<id>` names the tab explicitly.
 */
import browser from "webextension-polyfill";
import { parseAttributionReply, type AttributionReply, type GetAttribution, type ScrollTo } from "../src/messages";

/** What the popup can learn about the page. */
export type PageState = AttributionReply | { status: "cannot-run" };

/** A content script answers at once; past this the page is hung or gone. */
const REPLY_TIMEOUT_MS = 5000;

export async function targetTab(search: string): Promise<number | null> {
  const fromQuery = new URLSearchParams(search).get("tab");
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The page did not answer.")), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

export async function readPage(tabId: number): Promise<PageState> {
  const message: GetAttribution = { type: "saidby/get-attribution" };
  let raw: unknown;
  try {
    raw = await withTimeout(browser.tabs.sendMessage(tabId, message), REPLY_TIMEOUT_MS);
  } catch (error) {
    // No content script in that tab: a browser page, the store, a file page, or a tab opened before install.
    if (error instanceof Error && /receiving end|could not establish|no such tab|invalid tab/i.test(error.message)) {
      return { status: "cannot-run" };
    }
    throw error;
  }
  // Firefox resolves with undefined when no listener answered.
  if (raw === undefined) return { status: "cannot-run" };
  return parseAttributionReply(raw) ?? { status: "error", message: "The page sent an answer Saidby does not understand." };
}

export async function scrollTo(tabId: number, quoteId: string): Promise<void> {
  const message: ScrollTo = { type: "saidby/scroll-to", quoteId };
  await browser.tabs.sendMessage(tabId, message);
}
