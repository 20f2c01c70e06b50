/**
 * The toolbar badge: how many quotes the tab's article has. Per tab, so the
 * browser clears it when the tab navigates.
 */
import browser from "webextension-polyfill";

/** Matches the icon's teal so the count reads as part of it. */
const BADGE_COLOUR = "#0f766e";
/** Badges fit about four characters; larger counts are shown as "999+". */
const MAX_SHOWN = 999;

export async function showCount(tabId: number, count: number): Promise<void> {
  const text = count === 0 ? "" : count > MAX_SHOWN ? `${MAX_SHOWN}+` : String(count);
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  await browser.action.setBadgeText({ tabId, text });
}
