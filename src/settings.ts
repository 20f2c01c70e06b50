/**
 * The reader's settings: one object in `storage.sync` (follows the reader
 * across their browsers), read by the content script and written by the
 * options page. Everything that comes out of storage goes through
 * `parseSettings`, so a damaged or foreign value falls back to the defaults.
 * Pure apart from `loadSettings`/`saveSettings`, which take the storage area.
 */

/** Where marks show: on every quote, or only on the quote under the pointer (and the one a command moved to). */
export type MarkMode = "always" | "hover";

/** Reported speech (no quote marks): not shown, marked (the quote keys walk quotes only), or marked and walked with the quotes. */
export type ReportedMode = "off" | "marked" | "walked";
const REPORTED_MODES: readonly ReportedMode[] = ["off", "marked", "walked"];

export interface Settings {
  /** Marking on every site (false: Saidby leaves every page as it is until the popup asks). */
  enabled: boolean;
  /** Sites (host names, see `siteOf`) where marking is off. */
  disabledSites: string[];
  marks: MarkMode;
  reported: ReportedMode;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ enabled: true, disabledSites: [], marks: "always", reported: "marked" });

/** The storage.sync key holding the whole Settings object. */
export const SETTINGS_KEY = "settings";
/**
 * storage.sync allows 8 KB per item; 200 host names of typical length fit with
 * room to spare. Past it the oldest entries drop off (the options page says so).
 */
export const MAX_DISABLED_SITES = 200;
/** Longest DNS name. */
const MAX_HOST_LENGTH = 253;

/** The site a URL belongs to for settings: its host name, lower case, without a leading "www.". Null for non-web URLs. */
export function siteOf(url: string): string | null {
  const parsed = webUrl(url);
  return parsed ? normalSite(parsed.hostname) : null;
}

/** The URL parsed, when it is an http(s) page; null for anything else or nonsense. */
export function webUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed : null;
}

/** What a reader typed ("www.Example.com", "https://example.com/a") → "example.com"; null when it is not a host name. */
export function normalSite(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      return null;
    }
  }
  host = host.replace(/\/.*$/, "").replace(/^www\./, "").replace(/\.$/, "");
  if (host.length === 0 || host.length > MAX_HOST_LENGTH) return null;
  // Host names, IPv4 and bracketed IPv6 literals; nothing with spaces, slashes or credentials.
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9-]+(\.[a-z0-9-]+)*)(:\d+)?$/.test(host)) return null;
  return host.replace(/:\d+$/, "");
}

/** Settings from whatever storage held; unknown or malformed fields take their defaults. */
export function parseSettings(raw: unknown): Settings {
  const s = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const sites = Array.isArray(s.disabledSites)
    ? s.disabledSites.map((x) => (typeof x === "string" ? normalSite(x) : null)).filter((x): x is string => x !== null)
    : [];
  return {
    enabled: typeof s.enabled === "boolean" ? s.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: [...new Set(sites)].slice(-MAX_DISABLED_SITES),
    marks: s.marks === "hover" || s.marks === "always" ? s.marks : DEFAULT_SETTINGS.marks,
    reported: REPORTED_MODES.find((m) => m === s.reported) ?? DEFAULT_SETTINGS.reported,
  };
}

/** Whether Saidby marks pages of `site` (null: not a web page, never). */
export function markingOn(settings: Settings, site: string | null): boolean {
  return settings.enabled && site !== null && !settings.disabledSites.includes(site);
}

/** `settings` with marking on `site` turned on or off. */
export function withSite(settings: Settings, site: string, on: boolean): Settings {
  const rest = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: on ? rest : [...rest, site].slice(-MAX_DISABLED_SITES) };
}

/** The part of `storage.sync` we use (browser.* and chrome.* share it in MV3: both return promises). */
export interface SyncArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: SyncArea | undefined): Promise<Settings> {
  if (!area) return { ...DEFAULT_SETTINGS };
  try {
    return parseSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    // Storage unavailable (e.g. sync disabled by policy): the defaults still work.
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(area: SyncArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: parseSettings(settings) });
}
