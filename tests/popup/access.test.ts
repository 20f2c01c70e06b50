/** Why a tab has no content script, and which origins the popup asks for. */
import { describe, expect, it } from "vitest";
import { CONTENT_MATCHES, diagnose, originPattern } from "../../popup/access";
import manifest from "../../manifest.json";

describe("originPattern", () => {
  it.each([
    ["https://www.jpost.com/middle-east/article-1?x=1#y", "https://www.jpost.com/*"],
    ["http://127.0.0.1:8080/demo/palmyra.html", "http://127.0.0.1/*"], // match patterns have no port
    ["about:blank", null],
    ["chrome://extensions/", null],
    ["file:///home/a.html", null],
    ["https://addons.mozilla.org/en-US/firefox/", null],
    ["https://chromewebstore.google.com/detail/x", null],
    ["not a url", null],
  ])("%s → %s", (url, want) => {
    expect(originPattern(url)).toBe(want);
  });

  it("CONTENT_MATCHES are the manifest's content script matches", () => {
    expect(CONTENT_MATCHES).toEqual(manifest.content_scripts[0]!.matches);
  });
});

describe("diagnose", () => {
  const grantedOnly = (...ok: string[]) => async (origins: string[]) => origins.every((o) => ok.includes(o));
  it("address known, site not granted: ask for that origin only", async () => {
    expect(await diagnose("https://www.jpost.com/a", grantedOnly())).toEqual({ status: "no-access", origins: ["https://www.jpost.com/*"], host: "www.jpost.com" });
  });
  it("address known and granted, or not a web page: nothing to ask for", async () => {
    expect(await diagnose("https://www.jpost.com/a", grantedOnly("https://www.jpost.com/*"))).toEqual({ status: "cannot-run" });
    expect(await diagnose("about:addons", grantedOnly())).toEqual({ status: "cannot-run" });
  });
  it("address hidden: every site granted means a browser page; otherwise ask for the content script's sites", async () => {
    expect(await diagnose(undefined, grantedOnly(...CONTENT_MATCHES))).toEqual({ status: "cannot-run" });
    expect(await diagnose(undefined, grantedOnly("https://www.jpost.com/*"))).toEqual({ status: "no-access", origins: CONTENT_MATCHES, host: null });
  });
});
