/**
 * Background (service worker in Chrome, event page in Firefox): the badge
 * count and keyboard commands. Stateless, so it can be stopped at any time.
 */
import browser from "webextension-polyfill";
import type { Runtime } from "webextension-polyfill";
import { parseMessage } from "../messages";
import { showCount } from "./badge";
import { forwardCommand } from "./commands";

/** Expected when a tab has no content script (browser pages, the store) or closed meanwhile. */
function ignoreUnreachable(): void {}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseMessage(raw);
  const tabId = sender.tab?.id;
  if (message?.type !== "saidby/count" || tabId === undefined) return undefined;
  showCount(tabId, message.count).catch(ignoreUnreachable);
  return undefined;
});

browser.commands.onCommand.addListener((command: string) => {
  forwardCommand(command).catch(ignoreUnreachable);
});
