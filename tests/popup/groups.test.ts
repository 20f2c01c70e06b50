/** Grouping and search over the engine's own output on the demo article. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fromHtml } from "../../src/cli/load";
import type { Attribution } from "../../src/core/attribution";
import { filterGroups, fold, groupBySpeaker, openingWords, UNATTRIBUTED_KEY } from "../../popup/groups";

const ROOT = path.resolve(import.meta.dirname, "../..");
const demo = fromHtml(readFileSync(path.join(ROOT, "tests/fixtures/demo/palmyra.html"), "utf8"), "palmyra.html").attribution!;
const ids = (a: { quotes: { id: string }[] }[]) => a.flatMap((g) => g.quotes.map((q) => q.id));

/** A small hand-made page: two people, an anonymous source, one unattributed quote; the anonymous source speaks first. */
const SMALL: Attribution = {
  url: "https://example.com/a",
  title: "T",
  speakers: [
    { id: "s1", name: "a senior official", kind: "anonymous", role: null, affiliation: "State Department", aliases: [], evidence: null },
    { id: "s2", name: "Andrew Tabler", kind: "person", role: "fellow", affiliation: "Washington Institute", aliases: ["Tabler"], evidence: null },
    { id: "s3", name: "Kremlin", kind: "organization", role: null, affiliation: null, aliases: [], evidence: null },
  ],
  quotes: [
    { id: "q1", text: "We are watching", kind: "direct", speakerId: "s1", cue: "an official said", confidence: 0.9, rule: "adjacentCue", block: 1, start: 0, end: 1 },
    { id: "q2", text: "Nobody knows", kind: "direct", speakerId: null, cue: null, confidence: 0, rule: null, block: 2, start: 0, end: 1 },
    { id: "q3", text: "The regime’s advances", kind: "direct", speakerId: "s2", cue: "said Tabler", confidence: 0.95, rule: "adjacentCue", block: 3, start: 0, end: 1 },
    { id: "q4", text: "Péace is near", kind: "direct", speakerId: "s3", cue: "the Kremlin said", confidence: 0.9, rule: "adjacentCue", block: 4, start: 0, end: 1 },
    { id: "q5", text: "More to come", kind: "partial", speakerId: "s2", cue: "Tabler added", confidence: 0.9, rule: "adjacentCue", block: 5, start: 0, end: 1 },
  ],  reported: [],
};

describe("groupBySpeaker", () => {
  it("named speakers in order of first quote, then anonymous sources, then unattributed quotes", () => {
    const groups = groupBySpeaker(SMALL);
    expect(groups.map((g) => g.key)).toEqual(["s2", "s3", "s1", UNATTRIBUTED_KEY]);
    expect(groups[0]!.quotes.map((q) => q.id)).toEqual(["q3", "q5"]);
  });

  it("lists every quote of the demo article exactly once", () => {
    const groups = groupBySpeaker(demo);
    expect(ids(groups).sort()).toEqual(demo.quotes.map((q) => q.id).sort());
    expect(groups.find((g) => g.speaker?.name === "Andrew Tabler")?.speaker?.affiliation).toBe("Washington Institute for Near East Policy");
  });
});

describe("reported statements", () => {
  const reporter = { id: "s4", name: "Jo Lee", kind: "person" as const, role: "mayor", affiliation: null, aliases: ["Lee"], evidence: null };
  const WITH_REPORTED: Attribution = {
    ...SMALL,
    speakers: [...SMALL.speakers, reporter],
    reported: [
      { id: "r1", text: "the talks would resume in May", kind: "indirect", speakerId: "s2", cue: "Tabler said", confidence: 0.95, rule: "reportedCue/surname", block: 6, start: 0, end: 1 },
      { id: "r2", text: "the bridge will outlast the century", kind: "belief", speakerId: "s4", cue: "Lee believes", confidence: 0.95, rule: "reportedCue/surname", block: 7, start: 0, end: 1 },
    ],
  };

  it("sit with their speaker's quotes but apart from them; a source with no quote gets a group of its own", () => {
    const groups = groupBySpeaker(WITH_REPORTED);
    const tabler = groups.find((g) => g.key === "s2")!;
    expect(tabler.quotes.map((q) => q.id)).toEqual(["q3", "q5"]);
    expect(tabler.reported.map((r) => r.id)).toEqual(["r1"]);
    expect(groups.find((g) => g.key === "s4")).toMatchObject({ quotes: [], reported: [{ id: "r2" }] });
  });

  it("are searched like quotes and dropped by the quotes-only filter, with the groups they alone filled", () => {
    const groups = groupBySpeaker(WITH_REPORTED);
    expect(filterGroups(groups, "talks").map((g) => [g.key, g.quotes.length, g.reported.length])).toEqual([["s2", 0, 1]]);
    const quotesOnly = filterGroups(groups, "", true);
    expect(quotesOnly.flatMap((g) => g.reported)).toEqual([]);
    expect(quotesOnly.map((g) => g.key)).not.toContain("s4");
    expect(ids(quotesOnly).sort()).toEqual(WITH_REPORTED.quotes.map((q) => q.id).sort());
  });
});

describe("filterGroups", () => {
  const groups = groupBySpeaker(SMALL);
  it.each([
    ["", ["q3", "q5", "q4", "q1", "q2"]],
    ["tabler", ["q3", "q5"]], // name and alias: every quote of the speaker
    ["washington", ["q3", "q5"]], // affiliation
    ["state department", ["q1"]], // an anonymous source's affiliation
    ["regime's", ["q3"]], // typographic apostrophe in the quote
    ["peace", ["q4"]], // accents folded
    ["NOBODY", ["q2"]], // case
    ["tabler added", ["q5"]], // every word, across quote, cue and speaker
    ["tabler kremlin", []],
    ["  ", ["q3", "q5", "q4", "q1", "q2"]],
  ])("%j → %j", (query, want) => {
    expect(ids(filterGroups(groups, query))).toEqual(want);
  });

  it("drops groups left empty and keeps the rest in order", () => {
    expect(filterGroups(groups, "said").map((g) => g.key)).toEqual(["s2", "s3", "s1"]);
  });

  it("finds the demo's speakers by affiliation", () => {
    const found = filterGroups(groupBySpeaker(demo), "near east");
    expect(found.map((g) => g.speaker?.name)).toEqual(["Andrew Tabler"]);
  });
});

describe("openingWords and fold", () => {
  it("cuts after nine words with an ellipsis", () => {
    expect(openingWords("one two three four five six seven eight nine ten")).toEqual({ opening: "one two three four five six seven eight nine…", cut: true });
    expect(openingWords("  short  quote ")).toEqual({ opening: "short quote", cut: false });
  });
  it("folds case, accents, quote marks and spaces", () => {
    expect(fold("  Assad’s  “Élan” ")).toBe(`assad's "elan"`);
  });
});
