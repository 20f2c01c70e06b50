import { describe, expect, it } from "vitest";
import { attribute } from "../../src/core/attribute";
import type { TextBlock } from "../../src/core/attribution";
import { visibleText } from "../../src/core/invisible";

describe("visibleText", () => {
  it("leaves ordinary text alone", () => {
    const v = visibleText("“Yes,” said Ana Ruiz.");
    expect(v.text).toBe("“Yes,” said Ana Ruiz.");
    expect(v.originalSpan(1, 5)).toEqual([1, 5]);
  });

  it("drops zero-width and bidi characters and maps every visible character back to itself", () => {
    const original = "\u202e“We\u200b counted\u200d twice,\u202c” said Jo\u200dnas Berg\ufeff.";
    const v = visibleText(original);
    expect(v.text).toBe("“We counted twice,” said Jonas Berg.");
    for (let i = 0; i < v.text.length; i++) {
      const [start, end] = v.originalSpan(i, i + 1);
      expect(original.slice(start, end).replace(/[\u200b-\u200f\u202a-\u202e\ufeff]/gu, "")).toBe(v.text[i]);
    }
  });

  it("maps the words between two marks to all that stands between them in the original", () => {
    const original = "“\u2067We counted\u2069\u200b” she said";
    const v = visibleText(original);
    const start = v.text.indexOf("We");
    const end = start + "We counted".length;
    expect(original.slice(...v.originalSpan(start, end))).toBe("\u2067We counted\u2069\u200b");
  });

  it("maps the whole text to the whole original", () => {
    const original = "\u200ba\u200bb\u200b\u200b";
    const v = visibleText(original);
    expect(v.text).toBe("ab");
    expect(v.originalSpan(0, 2)).toEqual([0, original.length]);
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
    // An override right after the opening mark is inside the quote, as the page has it.
    expect(result.quotes[2]!.text).toBe("Reversed text is still text,");
  });
});
