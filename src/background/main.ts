/**
 * Background (service worker in Chrome, event page in Firefox): the engine,
 * the badge count and keyboard commands. Stateless, so it can be stopped at
 * any time.
 */
import browser from "webextension-polyfill";
import type { Runtime } from "webextension-polyfill";
import { parseMessage } from "../messages";
import { showCount } from "./badge";
import { forwardCommand } from "./commands";
import { attributeArticle } from "./engine";

/** Expected when a tab has no content script (browser pages, the store) or closed meanwhile. */
function ignoreUnreachable(): void {}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  // Only our own content scripts, which always run in a tab.
  if (sender.id !== browser.runtime.id) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  const message = parseMessage(raw);
  switch (message?.type) {
    case "saidby/attribute":
      return Promise.resolve(attributeArticle(message));
    case "saidby/count":
      showCount(tabId, message.count).catch(ignoreUnreachable);
      return undefined;
    default:
      return undefined;
  }
});

browser.commands.onCommand.addListener((command: string) => {
  forwardCommand(command).catch(ignoreUnreachable);
});
