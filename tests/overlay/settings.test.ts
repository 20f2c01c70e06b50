/** The settings contract: what storage may hold, what a reader may type, which sites are marked. */
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SETTINGS, loadSettings, markingOn, MAX_DISABLED_SITES, normalSite, parseSettings, saveSettings, SETTINGS_KEY, siteOf, withSite,
  type SyncArea,
} from "../../src/settings";

describe("sites", () => {
  it.each([
    ["https://www.example.com/news/1?x#y", "example.com"],
    ["http://127.0.0.1:8080/a.html", "127.0.0.1"],
    ["https://News.BBC.co.uk/", "news.bbc.co.uk"],
    ["file:///tmp/a.html", null],
    ["about:blank", null],
    ["not a url", null],
  ])("siteOf(%s) = %s", (url, want) => {
    expect(siteOf(url)).toBe(want);
  });

  it.each([
    ["www.Example.com", "example.com"],
    [" https://www.example.com/path ", "example.com"],
    ["example.com/path", "example.com"],
    ["example.com.", "example.com"],
    ["localhost:3000", "localhost"],
    ["exa mple.com", null],
    ["", null],
    ["javascript:alert(1)", null],
    ["user@example.com", null],
  ])("normalSite(%j) = %s", (input, want) => {
    expect(normalSite(input)).toBe(want);
  });
});

describe("parseSettings", () => {
  it("fills every missing or malformed field with its default", () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings("yes")).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ enabled: "no", marks: "sometimes", disabledSites: "x", reported: "<b>" })).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps valid values, normalises and de-duplicates sites, caps the list", () => {
    expect(parseSettings({ enabled: false, marks: "hover", reported: "walked", disabledSites: ["www.a.com", "a.com", 3, "b c"] })).toEqual({
      enabled: false, marks: "hover", reported: "walked", disabledSites: ["a.com"],
    });
    const many = Array.from({ length: MAX_DISABLED_SITES + 5 }, (_, i) => `s${i}.com`);
    const parsed = parseSettings({ disabledSites: many });
    expect(parsed.disabledSites).toHaveLength(MAX_DISABLED_SITES);
    expect(parsed.disabledSites.at(-1)).toBe(`s${MAX_DISABLED_SITES + 4}.com`);
  });
});

describe("markingOn and withSite", () => {
  it("is off when disabled globally, for a listed site, or off the web", () => {
    expect(markingOn(DEFAULT_SETTINGS, "a.com")).toBe(true);
    expect(markingOn({ ...DEFAULT_SETTINGS, enabled: false }, "a.com")).toBe(false);
    const off = withSite(DEFAULT_SETTINGS, "a.com", false);
    expect(markingOn(off, "a.com")).toBe(false);
    expect(markingOn(off, "b.com")).toBe(true);
    expect(markingOn(withSite(off, "a.com", true), "a.com")).toBe(true);
    expect(markingOn(DEFAULT_SETTINGS, null)).toBe(false);
  });
});

describe("storage", () => {
  it("round-trips through a sync area and survives a failing one", async () => {
    const store: Record<string, unknown> = {};
    const area: SyncArea = {
      get: async (key) => ({ [key]: store[key] }),
      set: async (items) => void Object.assign(store, items),
    };
    await saveSettings(area, { enabled: true, disabledSites: ["www.x.org"], marks: "hover", reported: "off" });
    expect(store[SETTINGS_KEY]).toEqual({ enabled: true, disabledSites: ["x.org"], marks: "hover", reported: "off" });
    expect(await loadSettings(area)).toEqual({ enabled: true, disabledSites: ["x.org"], marks: "hover", reported: "off" });
    const broken: SyncArea = { get: () => Promise.reject(new Error("sync off")), set: () => Promise.reject(new Error("x")) };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });
});
