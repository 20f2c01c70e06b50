/**
 * Launching the two real browsers with the built extension (recipe:
 * /work/shared/E2E.md). A browser that cannot start throws: the suite fails
 * loudly, it never skips.
 */
import puppeteer, { type Browser } from "puppeteer-core";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface Launched {
  name: "chromium" | "firefox";
  browser: Browser;
  /** Base URL of extension pages, e.g. chrome-extension://<id>/ */
  extensionBase: string;
  /** Extra console sources to watch for errors (the Chromium service worker). */
  consoles: Array<(onError: (text: string) => void) => void>;
}

const CHROMIUM = process.env.SAIDBY_CHROMIUM ?? "/usr/bin/chromium";
const FIREFOX = process.env.SAIDBY_FIREFOX ?? "/usr/bin/firefox-esr";
/** Must match FIREFOX_ID in scripts/build.mjs. */
const GECKO_ID = "saidby@saidby.dev";
/** Fixed internal UUID so the popup URL is known in advance. */
const FIREFOX_UUID = "5a1db7e0-0000-4000-8000-5a1db7000001";
/** Same window size in both browsers so screenshots compare. */
export const VIEWPORT = { width: 1280, height: 900 };

export async function launchChromium(): Promise<Launched> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: true,
    defaultViewport: VIEWPORT,
    args: ["--no-sandbox", "--disable-gpu", `--window-size=${VIEWPORT.width},${VIEWPORT.height}`],
  });
  const id = await browser.installExtension(path.join(ROOT, "dist/chrome"));
  const worker = await browser.waitForTarget(
    (t) => t.type() === "service_worker" && t.url().startsWith(`chrome-extension://${id}/`),
    { timeout: 10_000 },
  );
  const consoles: Launched["consoles"] = [
    async (onError) => {
      const w = await worker.worker();
      w?.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warn") onError(`service worker: ${m.text()}`);
      });
    },
  ];
  return { name: "chromium", browser, extensionBase: `chrome-extension://${id}/`, consoles };
}

/** `prefs`: extra Firefox preferences for one suite (e.g. answering permission prompts, which headless cannot show). */
export async function launchFirefox(prefs: Readonly<Record<string, unknown>> = {}): Promise<Launched> {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: VIEWPORT,
    args: ["--remote-allow-system-access", `--width=${VIEWPORT.width}`, `--height=${VIEWPORT.height}`],
    extraPrefsFirefox: { "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }), ...prefs },
  });
  await browser.installExtension(path.join(ROOT, "dist/firefox"));
  return { name: "firefox", browser, extensionBase: `moz-extension://${FIREFOX_UUID}/`, consoles: [] };
}
