/**
 * How the popup reaches the page: which tab, the messages it sends, and host
 * access when the user has withheld it. Tests open the popup as a tab of its
 * own, which has no active page to read, so `?tab=<id>` names the tab explicitly.
 */
import browser from "webextension-polyfill";
import { parseAttributionReply, type AttributionReply, type GetAttribution, type ScrollTo } from "../src/messages";
import { diagnose, type Access } from "./access";

/** What the popup can learn about the page. */
export type PageState = AttributionReply | Access;

/** A content script answers at once; past this the page is hung or gone. */
const REPLY_TIMEOUT_MS = 5000;
/** After a reload, how long the content script may take to start on the page (it runs at document_idle). */
const RELOAD_WAIT_MS = 15_000;
/** How often to ask the reloaded page again. */
const RELOAD_POLL_MS = 150;

export interface Target {
  id: number;
  /** The tab's address when the browser shows it to the extension (host access or activeTab), else undefined. */
  url: string | undefined;
}

export async function targetTab(search: string): Promise<Target | null> {
  const fromQuery = new URLSearchParams(search).get("tab");
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) {
    const id = Number(fromQuery);
    const tab = await browser.tabs.get(id).catch(() => null);
    return { id, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
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

const granted = (origins: string[]): Promise<boolean> => browser.permissions.contains({ origins });

export async function readPage(target: Target): Promise<PageState> {
  const message: GetAttribution = { type: "saidby/get-attribution" };
  let raw: unknown;
  try {
    raw = await withTimeout(browser.tabs.sendMessage(target.id, message), REPLY_TIMEOUT_MS);
  } catch (error) {
    // No content script in that tab: a browser page, the store, a site without host access, a tab opened before install.
    if (error instanceof Error && /receiving end|could not establish|no such tab|invalid tab/i.test(error.message)) {
      return diagnose(target.url, granted);
    }
    throw error;
  }
  // Firefox resolves with undefined when no listener answered.
  if (raw === undefined) return diagnose(target.url, granted);
  return parseAttributionReply(raw) ?? { status: "error", message: "The page sent an answer Saidby does not understand." };
}

/**
 * Asks the user for host access. Must be the first call in a click handler:
 * browsers accept a permission request only while handling a user gesture.
 */
export function requestAccess(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/**
 * Reloads the tab so the content script runs with its new access (browsers do
 * not inject it into pages already open), then reads it again.
 */
export async function reloadAndRead(target: Target): Promise<PageState> {
  await browser.tabs.reload(target.id);
  const until = Date.now() + RELOAD_WAIT_MS;
  for (;;) {
    const state = await readPage(target);
    if ((state.status !== "cannot-run" && state.status !== "no-access") || Date.now() > until) return state;
    await new Promise((r) => setTimeout(r, RELOAD_POLL_MS));
  }
}

export async function scrollTo(tabId: number, quoteId: string): Promise<void> {
  const message: ScrollTo = { type: "saidby/scroll-to", quoteId };
  await browser.tabs.sendMessage(tabId, message);
}
