import { describe, expect, it } from "vitest";
import { attribute } from "../../src/core/attribute";
import type { TextBlock } from "../../src/core/attribution";
import { visibleText } from "../../src/core/invisible";

describe("visibleText", () => {
  it("leaves ordinary text alone", () => {
    const v = visibleText("“Yes,” said Ana Ruiz.");
    expect(v.text).toBe("“Yes,” said Ana Ruiz.");
    expect(v.originalStart(3)).toBe(3);
    expect(v.originalEnd(5)).toBe(5);
  });

  it("drops zero-width and bidi characters and maps every visible offset back to the same character", () => {
    const original = "\u202e“We\u200b counted\u200d twice,\u202c” said Jo\u200dnas Berg\ufeff.";
    const v = visibleText(original);
    expect(v.text).toBe("“We counted twice,” said Jonas Berg.");
    for (let i = 0; i < v.text.length; i++) expect(original[v.originalStart(i)]).toBe(v.text[i]);
  });

  it("maps a span so that it covers the same visible characters, without invisible ones at either edge", () => {
    const original = "“\u2067We counted\u2069\u200b” she said";
    const v = visibleText(original);
    const start = v.text.indexOf("We");
    const end = start + "We counted".length;
    expect(original.slice(v.originalStart(start), v.originalEnd(end))).toBe("We counted");
  });

  it("maps the end of the text to the end of the original", () => {
    const original = "a\u200bb\u200b\u200b";
    const v = visibleText(original);
    expect(v.text).toBe("ab");
    expect(v.originalEnd(2)).toBe(3);
    expect(v.originalEnd(0)).toBe(0);
  });
});

describe("the engine reads past invisible characters", () => {
  const blocks: TextBlock[] = [
    { text: "“The \u202evote\u202c was fair,” said Amira \u202eHaddad\u202c, the council's clerk.", kind: "paragraph" },
    { text: "“\u200bWe\u200b counted twice,” said Jo\u200dnas Berg\u200b, a returning officer.", kind: "paragraph" },
    { text: "\u202e“Reversed text is still text,” said Lena Moreau.\u202c", kind: "paragraph" },
  ];
  const result = attribute(blocks);
  const speakerOf = (i: number): string | undefined => result.speakers.find((s) => s.id === result.quotes[i]!.speakerId)?.name;

  it("finds a quote behind an override, and whole names across joiners and overrides", () => {
    expect(result.quotes).toHaveLength(3);
    expect([speakerOf(0), speakerOf(1), speakerOf(2)]).toEqual(["Amira Haddad", "Jonas Berg", "Lena Moreau"]);
  });

  it("gives offsets and text in the block as it was given", () => {
    for (const q of result.quotes) expect(blocks[q.block]!.text.slice(q.start, q.end)).toBe(q.text);
    expect(result.quotes[0]!.text).toBe("The \u202evote\u202c was fair,");
  });
});
