/**
 * The message validators: every receiver (content script, background, popup)
 * runs what arrives through these, so anything but the exact known shapes
 * must come back null, and a valid message comes back as a fresh object with
 * only the known fields (nothing extra the page smuggled in travels further).
 */
import { describe, expect, it } from "vitest";
import { parseAttributionReply, parseMessage } from "../../src/messages";

describe("parseMessage", () => {
  it("accepts exactly the known shapes, copying only their fields", () => {
    expect(parseMessage({ type: "saidby/get-attribution", extra: "<script>" })).toEqual({ type: "saidby/get-attribution" });
    expect(parseMessage({ type: "saidby/scroll-to", quoteId: "q3", html: "<img>" })).toEqual({ type: "saidby/scroll-to", quoteId: "q3" });
    expect(parseMessage({ type: "saidby/step", direction: -1 })).toEqual({ type: "saidby/step", direction: -1 });
    expect(parseMessage({ type: "saidby/count", count: 0 })).toEqual({ type: "saidby/count", count: 0 });
    expect(parseMessage({ type: "saidby/count", count: 100_000 })).toEqual({ type: "saidby/count", count: 100_000 });
    expect(parseMessage({ type: "saidby/attribute", url: "https://example.org/a", title: 7, blocks: [{ text: "“Yes,” she said.", kind: "paragraph", pieces: [1] }], tab: 3 }))
      .toEqual({ type: "saidby/attribute", url: "https://example.org/a", title: null, blocks: [{ text: "“Yes,” she said.", kind: "paragraph" }] });
  });

  const REJECTED: ReadonlyArray<[string, unknown]> = [
    ["undefined", undefined],
    ["null", null],
    ["a string", "saidby/get-attribution"],
    ["a number", 1],
    ["an array", ["saidby/step", 1]],
    ["no type", { direction: 1 }],
    ["an unknown type", { type: "saidby/run-script", code: "alert(1)" }],
    ["a look-alike type", { type: "saidby/get-attribution " }],
    ["an upper-case type", { type: "SAIDBY/GET-ATTRIBUTION" }],
    ["a type that is not a string", { type: ["saidby/get-attribution"] }],
    ["a type object with toString", { type: { toString: () => "saidby/get-attribution" } }],
    ["scroll-to without an id", { type: "saidby/scroll-to" }],
    ["scroll-to with an empty id", { type: "saidby/scroll-to", quoteId: "" }],
    ["scroll-to with a number id", { type: "saidby/scroll-to", quoteId: 3 }],
    ["scroll-to with an object id", { type: "saidby/scroll-to", quoteId: { length: 2 } }],
    ["scroll-to with a 101-character id", { type: "saidby/scroll-to", quoteId: "q".repeat(101) }],
    ["scroll-to with a megabyte id", { type: "saidby/scroll-to", quoteId: "x".repeat(1 << 20) }],
    ["step 0", { type: "saidby/step", direction: 0 }],
    ["step 2", { type: "saidby/step", direction: 2 }],
    ["step '1'", { type: "saidby/step", direction: "1" }],
    ["step true", { type: "saidby/step", direction: true }],
    ["step NaN", { type: "saidby/step", direction: NaN }],
    ["count -1", { type: "saidby/count", count: -1 }],
    ["count 1.5", { type: "saidby/count", count: 1.5 }],
    ["count Infinity", { type: "saidby/count", count: Infinity }],
    ["count NaN", { type: "saidby/count", count: NaN }],
    ["count '3'", { type: "saidby/count", count: "3" }],
    ["count above the cap", { type: "saidby/count", count: 100_001 }],
    ["count 2^53", { type: "saidby/count", count: 2 ** 53 }],
    ["attribute without blocks", { type: "saidby/attribute", url: null, title: null }],
    ["attribute with a block that is not text", { type: "saidby/attribute", blocks: [{ text: 3, kind: "paragraph" }] }],
    ["attribute with an unknown block kind", { type: "saidby/attribute", blocks: [{ text: "a", kind: "script" }] }],
    ["attribute with a null block", { type: "saidby/attribute", blocks: [null] }],
    // What a page would post with window.postMessage to imitate the popup.
    ["a postMessage envelope", { source: "saidby", data: { type: "saidby/step", direction: 1 } }],
    ["a JSON string of a valid message", JSON.stringify({ type: "saidby/step", direction: 1 })],
  ];
  for (const [label, value] of REJECTED) {
    it(`ignores ${label}`, () => {
      expect(parseMessage(value)).toBeNull();
    });
  }

  it("ignores a type inherited through a polluted prototype only as far as the cloned message goes", () => {
    // runtime messages are structured clones: own data properties only, so a page's prototype tricks never arrive.
    const sneaky = Object.create({ type: "saidby/step", direction: 1 }) as object;
    expect(parseMessage(structuredClone(sneaky))).toBeNull();
    // __proto__ as an own key (JSON.parse makes one) does not change the shape check.
    expect(parseMessage(JSON.parse(`{"__proto__": {"type": "saidby/get-attribution"}}`))).toBeNull();
  });
});

describe("parseAttributionReply", () => {
  const attribution = { url: null, title: null, quotes: [], speakers: [], reported: [] };
  const speaker = { id: "s1", name: "Jo Lee", kind: "person", role: "mayor", affiliation: null, aliases: ["Lee"], evidence: null };
  const quote = { id: "q1", text: "We will build it.", kind: "direct", speakerId: "s1", cue: "Lee said", confidence: 0.9, rule: "adjacentCue", block: 0, start: 1, end: 18 };
  const statement = { ...quote, id: "r1", text: "the bridge would open in May", kind: "indirect", cue: "Lee said", start: 30, end: 58 };
  const full = { url: "https://example.org/a", title: "A", quotes: [quote], speakers: [speaker], reported: [statement] };

  it("accepts a whole attribution with its quotes and speakers", () => {
    expect(parseAttributionReply({ status: "ok", attribution: full })).toEqual({ status: "ok", attribution: full, site: null });
  });

  it("accepts the three reply shapes", () => {
    expect(parseAttributionReply({ status: "ok", attribution })).toMatchObject({ status: "ok", attribution });
    expect(parseAttributionReply({ status: "not-article" })).toEqual({ status: "not-article" });
    expect(parseAttributionReply({ status: "error", message: "boom" })).toEqual({ status: "error", message: "boom" });
    expect(parseAttributionReply({ status: "error", message: { html: "<b>" } })).toEqual({ status: "error", message: "" });
  });

  for (const [label, value] of [
    ["undefined", undefined],
    ["null", null],
    ["an unknown status", { status: "pwned", attribution }],
    ["ok without an attribution", { status: "ok" }],
    ["ok with quotes that are not a list", { status: "ok", attribution: { ...attribution, quotes: "<script>" } }],
    ["ok with speakers that are not a list", { status: "ok", attribution: { ...attribution, speakers: {} } }],
    ["a quote of an unknown kind", { status: "ok", attribution: { ...full, quotes: [{ ...quote, kind: "<img>" }] } }],
    ["a quote whose text is not a string", { status: "ok", attribution: { ...full, quotes: [{ ...quote, text: { html: "<b>" } }] } }],
    ["a quote with a negative offset", { status: "ok", attribution: { ...full, quotes: [{ ...quote, start: -1 }] } }],
    ["a confidence above 1", { status: "ok", attribution: { ...full, quotes: [{ ...quote, confidence: 7 }] } }],
    ["a quote naming a speaker that is not there", { status: "ok", attribution: { ...full, speakers: [] } }],
    ["a speaker whose aliases are not strings", { status: "ok", attribution: { ...full, speakers: [{ ...speaker, aliases: [1] }] } }],
    ["reported statements that are not a list", { status: "ok", attribution: { ...full, reported: "<b>" } }],
    ["a reported statement of a quote's kind", { status: "ok", attribution: { ...full, reported: [{ ...statement, kind: "direct" }] } }],
    ["a reported statement naming a speaker that is not there", { status: "ok", attribution: { ...full, reported: [{ ...statement, speakerId: "s9" }] } }],
    ["a speaker without a name", { status: "ok", attribution: { ...full, speakers: [{ ...speaker, name: undefined }] } }],
  ] as ReadonlyArray<[string, unknown]>) {
    it(`rejects ${label}`, () => {
      expect(parseAttributionReply(value)).toBeNull();
    });
  }
});
