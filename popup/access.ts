/**
 * Why a tab has no Saidby content script, and what access to ask for. Pure.
 *
 * The content script's `matches` (http and https pages) are its only host
 * access. Firefox (MV3) lets the user withhold that access, for every site or
 * site by site, and Chrome lets them restrict it too; the content script then
 * never runs. Both browsers accept `permissions.request` for origins inside
 * those `matches` without any `optional_host_permissions` entry, so the popup
 * can ask for exactly the page's origin. It can only name the origin if it can
 * see the tab's address, which the browser shows it once it may read the tab
 * (host access, or `activeTab` when the user opened the popup from the
 * toolbar); when the address is hidden it asks for what the manifest declares.
 */
import { webUrl } from "../src/settings";

/** The content script's match patterns (manifest.json → content_scripts[0].matches). */
export const CONTENT_MATCHES: readonly string[] = ["http://*/*", "https://*/*"];

export type Access =
  /** The page is a kind the extension may not run on, or was open before Saidby was installed. */
  | { status: "cannot-run" }
  /** A web page Saidby may not read yet: `origins` is what to request; `host` names it when known. */
  | { status: "no-access"; origins: string[]; host: string | null };

/** Extension stores: no extension may run there, whatever the user grants. */
const STORE_HOSTS: readonly string[] = ["addons.mozilla.org", "chromewebstore.google.com", "chrome.google.com", "microsoftedge.microsoft.com"];

/**
 * The match pattern for one page's origin: "https://www.jpost.com/*". Match
 * patterns carry no port, so the grant covers the host on every port. Null
 * for anything but http(s), and for the extension stores.
 */
export function originPattern(url: string): string | null {
  const parsed = webUrl(url);
  if (!parsed || !parsed.hostname || STORE_HOSTS.includes(parsed.hostname)) return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/**
 * Decides, for a tab whose content script did not answer:
 * `url`: the tab's address if the browser shows it to us (undefined when hidden);
 * `granted(origins)`: whether the user has granted those origins.
 */
export async function diagnose(url: string | undefined, granted: (origins: string[]) => Promise<boolean>): Promise<Access> {
  if (url !== undefined) {
    const pattern = originPattern(url);
    // about:, chrome:, the stores' own pages, file: (Firefox), view-source: …
    if (!pattern) return { status: "cannot-run" };
    if (await granted([pattern])) return { status: "cannot-run" };
    return { status: "no-access", origins: [pattern], host: new URL(url).hostname };
  }
  // Address hidden: we may not read this tab. With every site granted, it is a page no extension may read.
  if (await granted([...CONTENT_MATCHES])) return { status: "cannot-run" };
  return { status: "no-access", origins: [...CONTENT_MATCHES], host: null };
}
