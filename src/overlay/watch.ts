/**
 * Keeps up with pages that change after load: single-page-app navigation and
 * lazily loaded article text. One MutationObserver on the whole document,
 * debounced: a burst of changes becomes one call, at most MAX_WAIT_MS after
 * the first. Only changes that can matter count: inside the article, a
 * sizeable piece of new text anywhere (the article may arrive late, or a new
 * one replace it), the article leaving the page, or a new URL. Our own DOM
 * changes (the card host, fallback wrappers) run inside `quietly` and are
 * never seen as the page's.
 */

/** Quiet time after the last change before we look again. */
const DEBOUNCE_MS = 300;
/** A page that never stops changing (tickers, clocks) is still looked at this often. */
const MAX_WAIT_MS = 1500;
/** New text smaller than this outside the article (a like count, a timestamp) is not a new article. */
const MIN_ADDED_TEXT = 100;
/** Past this many records in one batch we stop inspecting them and just look again (Dark Reader's HUGE_MUTATIONS_COUNT). */
const HUGE_MUTATIONS_COUNT = 1000;

export interface PageWatch {
  /** Runs `fn`, which changes the DOM on Saidby's behalf; those changes are not reported. */
  quietly(fn: () => void): void;
  stop(): void;
}

/** The page's address without its fragment: jumping to an anchor is not a navigation. */
const pageAddress = (win: Window): string => win.location.href.replace(/#.*$/, "");

export function watchPage(
  win: Window,
  articleRoot: () => Element | null,
  onChange: (navigated: boolean) => void,
): PageWatch {
  const doc = win.document;
  let address = pageAddress(win);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;

  const fire = (): void => {
    timer = undefined;
    firstPending = 0;
    const now = pageAddress(win);
    const navigated = now !== address;
    address = now;
    onChange(navigated);
  };
  const schedule = (): void => {
    const now = performance.now();
    if (!firstPending) firstPending = now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(DEBOUNCE_MS, firstPending + MAX_WAIT_MS - now)));
  };

  const matters = (records: readonly MutationRecord[]): boolean => {
    if (records.length === 0) return false;
    if (records.length > HUGE_MUTATIONS_COUNT || pageAddress(win) !== address) return true;
    const root = articleRoot();
    if (root && !root.isConnected) return true;
    let added = 0;
    for (const r of records) {
      if (root && root.contains(r.target)) return true;
      for (const n of r.addedNodes) {
        added += n.textContent?.length ?? 0;
        if (added >= MIN_ADDED_TEXT) return true;
      }
    }
    return false;
  };

  const observer = new MutationObserver((records) => {
    if (matters(records)) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  // Back/forward between history entries of a single-page app.
  const onPop = (): void => schedule();
  win.addEventListener("popstate", onPop);

  return {
    quietly(fn) {
      if (matters(observer.takeRecords())) schedule();
      try {
        fn();
      } finally {
        observer.takeRecords();
      }
    },
    stop() {
      clearTimeout(timer);
      observer.disconnect();
      win.removeEventListener("popstate", onPop);
    },
  };
}
