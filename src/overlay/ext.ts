/**
 * The few extension APIs the content script uses, straight from the browser
 * (`browser` in Firefox, `chrome` in Chrome; in MV3 both return promises for
 * these calls). No webextension-polyfill: it was two thirds of the content
 * script's bytes, and the script runs on every page.
 */
import type { SyncArea } from "../settings";

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

type OnMessage = (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => boolean | undefined;
type OnChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

export interface ContentApi {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(fn: OnMessage): void; removeListener(fn: OnMessage): void };
  };
  storage?: {
    sync?: SyncArea;
    onChanged?: { addListener(fn: OnChanged): void; removeListener(fn: OnChanged): void };
  };
}

declare const browser: ContentApi | undefined;
declare const chrome: ContentApi | undefined;

export function contentApi(): ContentApi {
  // `typeof` guards: an undeclared global throws on plain access.
  if (typeof browser !== "undefined" && browser?.runtime) return browser;
  if (typeof chrome !== "undefined" && chrome?.runtime) return chrome;
  throw new Error("no extension API in this context");
}
