/**
 * The in-page key handler. It exists only while our card is open, and only
 * Escape does anything (closes the card); every other key reaches the page as
 * usual, and the page's focus is never moved. Moving between quotes is an
 * extension command (manifest `commands`), forwarded by the background.
 */

export interface EscapeWatch {
  /** Start listening (card opened). Idempotent. */
  arm(): void;
  /** Stop listening (card closed). Idempotent. */
  disarm(): void;
}

export function watchEscape(win: Window, signal: AbortSignal, onEscape: () => void): EscapeWatch {
  let armed: AbortController | null = null;
  const disarm = (): void => {
    armed?.abort();
    armed = null;
  };
  signal.addEventListener("abort", disarm, { once: true });
  return {
    arm() {
      if (armed || signal.aborted) return;
      armed = new AbortController();
      win.addEventListener(
        "keydown",
        (event) => {
          if (event.key !== "Escape" || event.defaultPrevented) return;
          event.preventDefault();
          event.stopPropagation();
          onEscape();
        },
        { capture: true, signal: armed.signal },
      );
    },
    disarm,
  };
}
