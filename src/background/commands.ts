/**
 * Keyboard commands (manifest `commands`) → the active tab's content script.
 * Needs no permission: tabs.query without "tabs" still returns the tab id.
 */
import browser from "webextension-polyfill";
import type { Step } from "../messages";

/** Command names as declared in manifest.json. */
const DIRECTIONS: Readonly<Record<string, Step["direction"]>> = {
  "saidby-next": 1,
  "saidby-previous": -1,
};

export async function forwardCommand(command: string): Promise<void> {
  const direction = DIRECTIONS[command];
  if (direction === undefined) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: Step = { type: "saidby/step", direction };
  await browser.tabs.sendMessage(tab.id, message);
}
