/** The card's words, the same-speaker stepping and the palette: pure functions, plain data. */
import { describe, expect, it } from "vitest";
import type { Quote, Speaker } from "../../src/core/attribution";
import { cardText, clip, MAX_EVIDENCE_CHARS, positionLine, quoteLabel, sameSpeakerStep, speakerPosition } from "../../src/describe";
import { colourSlot, isDarkColour, SPEAKER_COLOURS, washAlpha } from "../../src/overlay/palette";

const tabler: Speaker = {
  id: "s1",
  name: "Andrew Tabler",
  kind: "person",
  role: "Syria expert and fellow",
  affiliation: "Washington Institute for Near East Policy",
  aliases: ["Tabler"],
  evidence: "Andrew Tabler, a Syria expert and fellow at the Washington Institute for Near East Policy, told The Jerusalem Post.",
};
const quote = (id: string, speakerId: string | null, extra: Partial<Quote> = {}): Quote => ({
  id, text: "words", kind: "direct", speakerId, cue: null, confidence: 0.9, rule: speakerId ? "adjacentCue" : null, block: 0, start: 0, end: 5, ...extra,
});
const quotes = [quote("a", "s1"), quote("b", null), quote("c", "s2"), quote("d", "s1"), quote("e", "s1")];

describe("same-speaker position and steps", () => {
  it.each([
    [0, { at: 1, of: 3 }],
    [3, { at: 2, of: 3 }],
    [4, { at: 3, of: 3 }],
    [2, { at: 1, of: 1 }],
    [1, null],
  ])("quote %i → %j", (index, want) => {
    expect(speakerPosition(quotes, index)).toEqual(want);
  });

  it.each([
    [0, 1, 3],
    [3, 1, 4],
    [4, 1, 0],
    [0, -1, 4],
    [3, -1, 0],
    [2, 1, -1],
    [1, 1, -1],
  ] as const)("from %i by %i → %i", (index, direction, want) => {
    expect(sameSpeakerStep(quotes, index, direction)).toBe(want);
  });

  it("says how many other quotes, by the name the article used", () => {
    expect(positionLine({ at: 2, of: 3 }, tabler)).toBe("2 other quotes by Tabler · 2 of 3");
    expect(positionLine({ at: 1, of: 2 }, tabler)).toBe("1 other quote by Tabler · 1 of 2");
    expect(positionLine({ at: 1, of: 1 }, tabler)).toBe("Only quote by Tabler here");
    expect(positionLine({ at: 1, of: 1 }, { ...tabler, kind: "organization", name: "Kremlin", aliases: ["K"] })).toBe("Only quote by Kremlin here");
  });
});

describe("card text", () => {
  it("names the speaker, role and affiliation, in words a reader can weigh", () => {
    const text = cardText(quote("a", "s1", { confidence: 0.7 }), tabler, { at: 1, of: 3 });
    expect(text).toMatchObject({
      label: "Quote by Andrew Tabler, Washington Institute for Near East Policy",
      name: "Andrew Tabler",
      role: "Syria expert and fellow, Washington Institute for Near East Policy",
      confidence: "Likely (70%), from a speech cue right next to the quote",
      others: "2 other quotes by Tabler · 1 of 3",
      canStep: true,
    });
  });

  it("shows a name once, not again as the role or affiliation that repeats it", () => {
    const official: Speaker = { id: "s3", name: "senior administration official", kind: "anonymous", role: "senior administration official", affiliation: null, aliases: [], evidence: null };
    expect(cardText(quote("a", "s3"), official, null)).toMatchObject({ name: "senior administration official", role: null, label: "Quote by senior administration official" });
    const observatory: Speaker = { ...official, id: "s4", name: "Quill Observatory", kind: "organization", role: null, affiliation: "Quill Observatory" };
    expect(cardText(quote("a", "s4"), observatory, null)).toMatchObject({ role: null, label: "Quote by Quill Observatory" });
  });

  it("says how the speaker was found, for every rule key the engine writes", () => {
    const text = cardText(quote("a", "s1", { confidence: 0.8, rule: "sameParagraph" }), tabler, null);
    expect(text.confidence).toBe("Likely (80%), from the speaker of the quote before it in the paragraph");
    expect(cardText(quote("a", "s1", { rule: "nearCue/pronoun" }), tabler, null).confidence).toMatch(/from a speech cue in the quote's sentence$/);
  });

  it("an unattributed quote says so and offers no steps", () => {
    const text = cardText(quote("b", null), null, null);
    expect(text).toMatchObject({ label: quoteLabel(null), name: "Speaker not identified", others: null, canStep: false });
  });

  it("cuts a huge introducing sentence at a word, with an ellipsis", () => {
    const long = { ...tabler, evidence: "word ".repeat(2000) };
    const evidence = cardText(quote("a", "s1"), long, null).evidence!;
    expect(evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS);
    expect(evidence.endsWith("word…")).toBe(true);
    expect(clip("short", 10)).toBe("short");
    expect(clip("abcdefghijklmnop", 8)).toBe("abcdefg…");
  });
});

describe("palette", () => {
  it("gives each of the first speakers its own colour, then repeats", () => {
    const slots = Array.from({ length: SPEAKER_COLOURS.length }, (_, i) => colourSlot(i));
    expect(new Set(slots).size).toBe(SPEAKER_COLOURS.length);
    expect(colourSlot(SPEAKER_COLOURS.length)).toBe(0);
  });

  it.each([
    ["rgb(255, 255, 255)", false],
    ["rgb(18, 18, 18)", true],
    ["rgb(32 33 36)", true],
    ["rgba(0, 0, 0, 0)", null],
    ["rgba(0, 0, 0, 0.2)", null],
    ["rgb(240, 240, 235)", false],
    ["transparent", null],
  ] as const)("%s is dark: %s", (colour, want) => {
    expect(isDarkColour(colour)).toBe(want);
  });

  it("washes more strongly on dark pages", () => {
    expect(washAlpha(true)).toBeGreaterThan(washAlpha(false));
  });
});
