// PolNeAR evaluation helpers, on made-up text only (PolNeAR's texts carry no licence).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { attributionsOf, parseAnn } from "../../scripts/polnear/brat";
import { readCoreNlp } from "../../scripts/polnear/corenlp";
import { convertArticle } from "../../scripts/polnear/gold";
import { crudeTokens, headName, nameForm, sameName } from "../../scripts/polnear/names";
import { scanQuotes } from "../../scripts/polnear/quotes";
import { blocksOf, evaluatePolnear, isTestPath, matchQuotes, reliability, splitDir } from "../../scripts/polnear/evaluate";

/** A CoreNLP-style XML document for made-up sentences: [word, pos, ner] per token, coreference chains by [sentence, start, end, head]. */
function xmlOf(text: string, sentences: [string, string, string][][], chains: [number, number, number, number, boolean][][]): string {
  let at = 0;
  const out: string[] = ["<root><document><sentences>"];
  sentences.forEach((tokens, s) => {
    out.push(`<sentence id="${s + 1}"><tokens>`);
    tokens.forEach(([word, pos, ner], i) => {
      const begin = text.indexOf(word, at);
      at = begin + word.length;
      out.push(`<token id="${i + 1}"><word>${word}</word><lemma>${word}</lemma><CharacterOffsetBegin>${begin}</CharacterOffsetBegin><CharacterOffsetEnd>${at}</CharacterOffsetEnd><POS>${pos}</POS><NER>${ner}</NER></token>`);
    });
    out.push("</tokens></sentence>");
  });
  out.push("</sentences><coreference>");
  for (const chain of chains) {
    out.push("<coreference>");
    for (const [sentence, start, end, head, rep] of chain) {
      out.push(`<mention${rep ? ' representative="true"' : ""}><sentence>${sentence}</sentence><start>${start}</start><end>${end}</end><head>${head}</head><text>x</text></mention>`);
    }
    out.push("</coreference>");
  }
  out.push("</coreference></document></root>");
  return out.join("\n");
}

describe("brat reader", () => {
  it("reads spans (with fragments) and attribution events", () => {
    const ann = [
      "T1\tSource 0 6\tJo Lee",
      "T2\tCue 7 11\tsaid",
      "T3\tContent 12 20;22 30\tsome words more words",
      "T4\tAttribution 7 11\tsaid",
      "E1\tAttribution:T4 Source:T1 Content:T3 Cue:T2",
      "#1\tAnnotatorNotes T1\ta note",
      "T5\tContent 40 50\tno source here",
      "E2\tAttribution-no-source:T6 Content:T5",
    ].join("\n");
    const doc = parseAnn(ann);
    expect(doc.spans.get("T3")!.fragments).toEqual([[12, 20], [22, 30]]);
    const atts = attributionsOf(doc);
    expect(atts).toHaveLength(2);
    expect(atts[0]!.source!.text).toBe("Jo Lee");
    expect(atts[0]!.content!.id).toBe("T3");
    expect(atts[1]!.source).toBeNull();
  });
});

describe("quote scanner", () => {
  it("finds curly and straight quotes, marks excluded", () => {
    const text = 'Title\n“Curly words,” said Vole. He added: "straight ones."';
    const q = scanQuotes(text);
    expect(q.map((x) => text.slice(x.start, x.end))).toEqual(["Curly words,", "straight ones."]);
    expect(q.every((x) => x.paragraph === 1)).toBe(true);
  });

  it("continues a quote left open into the next paragraph that opens with a mark, one entry per paragraph", () => {
    const text = "Title\n“First part of it.\n\n“Second part,” said Vole.\nAn “open mark with no end\nNext line plain.";
    const q = scanQuotes(text);
    expect(q.map((x) => [text.slice(x.start, x.end), x.continues])).toEqual([
      ["First part of it.", true],
      ["Second part,", false],
    ]);
  });
});

describe("gold conversion", () => {
  // Sentence 1 names Tom Lee, sentence 2 quotes "he", sentence 3 quotes "the official" (a chain with no name).
  const text = "Tom Lee spoke to the board.\n“We will win,” he said.\n“No comment,” the official said.\nA “scare” word.";
  const sentences: [string, string, string][][] = [
    [["Tom", "NNP", "PERSON"], ["Lee", "NNP", "PERSON"], ["spoke", "VBD", "O"], ["to", "TO", "O"], ["the", "DT", "O"], ["board", "NN", "O"], [".", ".", "O"]],
    [["“", "``", "O"], ["We", "PRP", "O"], ["will", "MD", "O"], ["win", "VB", "O"], [",", ",", "O"], ["”", "''", "O"], ["he", "PRP", "O"], ["said", "VBD", "O"], [".", ".", "O"]],
    [["“", "``", "O"], ["No", "DT", "O"], ["comment", "NN", "O"], [",", ",", "O"], ["”", "''", "O"], ["the", "DT", "O"], ["official", "NN", "O"], ["said", "VBD", "O"], [".", ".", "O"]],
    [["A", "DT", "O"], ["“", "``", "O"], ["scare", "NN", "O"], ["”", "''", "O"], ["word", "NN", "O"], [".", ".", "O"]],
  ];
  const xml = xmlOf(text, sentences, [
    [[1, 1, 3, 2, true], [2, 7, 8, 7, false]],
    [[3, 6, 8, 7, true]],
  ]);
  const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
  const [c1s, c1e] = at("“We will win,”");
  const h1s = text.indexOf("he said");
  const h1e = h1s + 2;
  const [c2s, c2e] = at("“No comment,”");
  const [o2s, o2e] = at("the official");
  const ann = [
    `T1\tContent ${c1s} ${c1e}\tx`, `T2\tSource ${h1s} ${h1e}\the`, "E1\tAttribution:T9 Source:T2 Content:T1",
    `T3\tContent ${c2s} ${c2e}\tx`, `T4\tSource ${o2s} ${o2e}\tthe official`, "E2\tAttribution:T8 Source:T4 Content:T3",
  ].join("\n");

  it("reads tokens and chains with character offsets", () => {
    const core = readCoreNlp(xml);
    expect(core.sentences).toHaveLength(4);
    expect(core.chains[0]![0]!.begin).toBe(0);
    expect(text.slice(core.chains[0]![1]!.begin, core.chains[0]![1]!.finish)).toBe("he");
  });

  it("resolves a pronoun source through its chain, leaves a description without a named chain for detection only, and keeps scare quotes out", () => {
    const { gold, outside } = convertArticle(text, ann, xml);
    expect(gold).toHaveLength(2);
    expect(gold[0]!.resolution).toBe("coreference");
    expect(gold[0]!.names).toContain("Tom Lee");
    expect(gold[1]!.names).toEqual([]);
    expect(gold[1]!.resolution).toBe("none");
    expect(outside.map((q) => text.slice(q.start, q.end))).toEqual(["scare"]);
  });

  it("takes a name in the source span itself, not a possessive modifier", () => {
    const t = "T\n“Yes,” said Vole's aide Jo Lee.";
    const toks: [string, string, string][][] = [
      [["T", "NN", "O"]],
      [["“", "``", "O"], ["Yes", "UH", "O"], [",", ",", "O"], ["”", "''", "O"], ["said", "VBD", "O"], ["Vole", "NNP", "PERSON"], ["'s", "POS", "O"], ["aide", "NN", "O"], ["Jo", "NNP", "PERSON"], ["Lee", "NNP", "PERSON"], [".", ".", "O"]],
    ];
    const s = t.indexOf("Vole");
    const a = [`T1\tContent 2 9\tx`, `T2\tSource ${s} ${t.length - 1}\tx`, "E1\tAttribution:T3 Source:T2 Content:T1"].join("\n");
    const { gold } = convertArticle(t, a, xmlOf(t, toks, []));
    expect(gold[0]!.names).toEqual(["Jo Lee"]);
  });
});

describe("gold conversion: nested attributions and name forms", () => {
  const t = "T\n“Yes,” Jo Lee said, according to the Daily Planet.";
  const toks: [string, string, string][][] = [
    [["T", "NN", "O"]],
    [["“", "``", "O"], ["Yes", "UH", "O"], [",", ",", "O"], ["”", "''", "O"], ["Jo", "NNP", "PERSON"], ["Lee", "NNP", "PERSON"], ["said", "VBD", "O"], [",", ",", "O"],
      ["according", "VBG", "O"], ["to", "TO", "O"], ["the", "DT", "O"], ["Daily", "NNP", "ORGANIZATION"], ["Planet", "NNP", "ORGANIZATION"], [".", ".", "O"]],
  ];
  const at = (s: string): string => `${t.indexOf(s)} ${t.indexOf(s) + s.length}`;
  const outer = [`T1\tContent ${at("“Yes,” Jo Lee said")}\tx`, `T2\tSource ${at("the Daily Planet")}\tx`, "E1\tAttribution:T3 Source:T2 Content:T1"];

  it("an outlet's attribution whose content names the speaker beside 'said' is scored for detection only", () => {
    const { gold } = convertArticle(t, outer.join("\n"), xmlOf(t, toks, []));
    expect(gold[0]).toMatchObject({ names: [], note: "nested speaker" });
  });

  it("where the inner attribution is annotated too, the innermost content gives the speaker", () => {
    const inner = [`T4\tContent ${at("“Yes,”")}\tx`, `T5\tSource ${at("Jo Lee")}\tx`, "E2\tAttribution:T6 Source:T5 Content:T4"];
    const { gold } = convertArticle(t, [...outer, ...inner].join("\n"), xmlOf(t, toks, []));
    expect(gold[0]!.names).toEqual(["Jo Lee"]);
  });

  it("a person's name does not run on through 'of' and a place, and titles before it are dropped", () => {
    const u = "T\n“No,” said QBC Chairman Jo Lee of Ruritania.";
    const words: [string, string, string][][] = [
      [["T", "NN", "O"]],
      [["“", "``", "O"], ["No", "UH", "O"], [",", ",", "O"], ["”", "''", "O"], ["said", "VBD", "O"], ["QBC", "NNP", "ORGANIZATION"], ["Chairman", "NNP", "PERSON"],
        ["Jo", "NNP", "PERSON"], ["Lee", "NNP", "PERSON"], ["of", "IN", "O"], ["Ruritania", "NNP", "LOCATION"], [".", ".", "O"]],
    ];
    const s = u.indexOf("QBC");
    const ann = [`T1\tContent 2 8\tx`, `T2\tSource ${s} ${u.length - 1}\tx`, "E1\tAttribution:T3 Source:T2 Content:T1"].join("\n");
    expect(convertArticle(u, ann, xmlOf(u, words, [])).gold[0]!.names).toEqual(["Jo Lee"]);
  });
});

describe("gold conversion: when a pronoun's chain is not trusted", () => {
  // Sentence 1 names a person, sentence 2 maybe another, sentence 3 quotes a pronoun chained to the first.
  // A fourth sentence, when given, follows the quote.
  function goldFor(first: string, middle: [string, string, string][], pronoun: string, last: [string, string, string][] = []): ReturnType<typeof convertArticle>["gold"][number] {
    const [given, surname] = first.split(" ") as [string, string];
    const words = (sentence: [string, string, string][]): string => sentence.map(([w]) => w).join(" ");
    const text = `${first} spoke.\n${words(middle)}\n“We will win,” ${pronoun} said.${last.length ? `\n${words(last)}` : ""}`;
    const sentences: [string, string, string][][] = [
      [[given, "NNP", "PERSON"], [surname, "NNP", "PERSON"], ["spoke", "VBD", "O"], [".", ".", "O"]],
      middle,
      [["“", "``", "O"], ["We", "PRP", "O"], ["will", "MD", "O"], ["win", "VB", "O"], [",", ",", "O"], ["”", "''", "O"], [pronoun, "PRP", "O"], ["said", "VBD", "O"], [".", ".", "O"]],
      ...(last.length ? [last] : []),
    ];
    const xml = xmlOf(text, sentences, [[[1, 1, 3, 2, true], [3, 7, 8, 7, false]]]);
    const content = [text.indexOf("“We"), text.indexOf("win,”") + 5];
    const source = text.lastIndexOf(` ${pronoun} said`) + 1;
    const ann = [`T1\tContent ${content[0]} ${content[1]}\tx`, `T2\tSource ${source} ${source + pronoun.length}\t${pronoun}`, "E1\tAttribution:T9 Source:T2 Content:T1"].join("\n");
    return convertArticle(text, ann, xml).gold[0]!;
  }
  const plain: [string, string, string][] = [["The", "DT", "O"], ["crowd", "NN", "O"], ["cheered", "VBD", "O"], [".", ".", "O"]];

  it("trusts a chain whose name stands close before the pronoun", () => {
    expect(goldFor("Tom Baker", plain, "he").names).toContain("Tom Baker");
  });

  it("leaves a pronoun of the other gender than the chain's given name for detection only", () => {
    expect(goldFor("Tom Baker", plain, "she")).toMatchObject({ names: [], note: "pronoun of the other gender" });
  });

  it("leaves a pronoun with another person named in between for detection only", () => {
    const other: [string, string, string][] = [["Ann", "NNP", "PERSON"], ["Vole", "NNP", "PERSON"], ["cheered", "VBD", "O"], [".", ".", "O"]];
    expect(goldFor("Tom Baker", other, "he")).toMatchObject({ names: [], note: "another person between" });
  });

  it("counts a surname CoreNLP tags as a person elsewhere in the article, though not where it stands between", () => {
    const nationality: [string, string, string][] = [["Vole", "NNP", "MISC"], ["cheered", "VBD", "O"], [".", ".", "O"]];
    const later: [string, string, string][] = [["Ann", "NNP", "PERSON"], ["Vole", "NNP", "PERSON"], ["left", "VBD", "O"], [".", ".", "O"]];
    expect(goldFor("Tom Baker", nationality, "he").names).toContain("Tom Baker");
    expect(goldFor("Tom Baker", nationality, "he", later)).toMatchObject({ names: [], note: "another person between" });
  });
});

describe("name matching", () => {
  it("ignores a leading 'the', dots, commas and a possessive", () => {
    expect(nameForm("The Acme Times's")).toBe("acme times");
    expect(sameName("Jo B. Lee", "jo b lee")).toBe(true);
  });
  it("matches an acronym to the name it abbreviates", () => {
    expect(sameName("DNC", "Democratic National Committee")).toBe(true);
    expect(sameName("DNC", "Democratic Governors Association")).toBe(false);
  });

  it("takes a surname alone for the full name whose last word it is, not a different first name", () => {
    expect(sameName("Lee", "Jo Lee")).toBe(true);
    expect(sameName("Jo Lee", "Lee")).toBe(true);
    expect(sameName("Ann Lee", "Jo Lee")).toBe(false);
    expect(sameName("Jo Ann Lee", "Jo Lee")).toBe(true);
    expect(sameName("Vole", "Jo Lee")).toBe(false);
  });
});

describe("evaluation", () => {
  it("refuses the test split by name and by path, before reading anything", () => {
    expect(() => splitDir("/nowhere/polnear", "test")).toThrow(/reserved/u);
    expect(() => splitDir("/nowhere/polnear/data/test", "train")).toThrow(/reserved/u);
    expect(() => evaluatePolnear("/nowhere/polnear", "test" as never)).toThrow(/reserved/u);
    expect(isTestPath("/x/data/test/text/a.txt")).toBe(true);
    expect(isTestPath("/x/data/train/text/a.txt")).toBe(false);
  });

  it("maps block offsets back to the file and matches quotes one to one by overlap", () => {
    const { blocks, offsets } = blocksOf("Title  here\n\n  A  b");
    expect(blocks).toEqual([{ text: "Title here", kind: "heading" }, { text: "A b", kind: "paragraph" }]);
    expect(offsets[1]).toEqual([15, 17, 18]);
    const m = matchQuotes([{ start: 0, end: 10 }, { start: 20, end: 30 }], [{ start: 1, end: 10 }, { start: 21, end: 24 }, { start: 20, end: 29 }]);
    expect([...m.entries()]).toEqual([[0, 0], [1, 2]]);
  });

  it("bins confidences and weighs the calibration error by count", () => {
    const { bins, ece } = reliability([{ confidence: 0.95, right: true }, { confidence: 0.95, right: false }, { confidence: 0.55, right: true }], 0.5);
    // [0.5,0.6) [0.6,0.7) [0.7,0.8) [0.8,0.9) [0.9,0.95) [0.95,1]
    expect(bins).toHaveLength(6);
    expect(bins[5]!.count).toBe(2);
    expect(bins[0]!.count).toBe(1);
    expect(ece).toBeCloseTo((2 / 3) * 0.45 + (1 / 3) * 0.45, 5);
  });

  it("scores a made-up article end to end", () => {
    const root = mkdtempSync(path.join(tmpdir(), "polnear-"));
    const dir = path.join(root, "data", "train");
    for (const sub of ["text", "attributions", "corenlp"]) mkdirSync(path.join(dir, sub), { recursive: true });
    const text = "A made-up title\n“We will build it,” said Jo Lee.";
    const s = text.indexOf("“");
    const src = text.indexOf("Jo Lee");
    writeFileSync(path.join(dir, "text", "a.txt"), text);
    const ann = [`T1\tContent ${s} ${s + 19}\tx`, `T2\tSource ${src} ${src + 6}\tJo Lee`, "E1\tAttribution:T3 Source:T2 Content:T1"].join("\n");
    writeFileSync(path.join(dir, "attributions", "a_bbbb.ann"), ann);
    writeFileSync(path.join(dir, "attributions", "a_aaaa.ann"), ann);
    const r = evaluatePolnear(root, "train");
    expect(r.articles).toBe(1);
    expect(r.withoutCoreNlp).toBe(1);
    expect(r.gold).toBe(1);
    expect(r.matched).toBe(1);
    expect(r.floor0.right).toBe(1);
    expect(r.rules[0]!.rule).toMatch(/^adjacentCue/u);
  });
});

describe("a source's head name", () => {
  it("keeps a lower-case particle between proper nouns", () => {
    const text = "Mayor Bill de Vole";
    const tags: [string, string, string][] = [["Mayor", "NNP", "O"], ["Bill", "NNP", "PERSON"], ["de", "IN", "PERSON"], ["Vole", "NNP", "PERSON"]];
    let at = 0;
    const tokens = tags.map(([word, pos, ner], index) => {
      const begin = text.indexOf(word, at);
      at = begin + word.length;
      return { word, pos, ner, begin, end: at, sentence: 1, index };
    });
    expect(headName(tokens, text)?.name).toBe("Bill de Vole");
  });

  it("is no one when the mention holds only a title", () => {
    const text = "Mr.";
    expect(headName([{ word: "Mr.", pos: "NNP", ner: "PERSON", begin: 0, end: 3, sentence: 1, index: 0 }], text)).toBeNull();
  });

  it("without CoreNLP's tags, is the person before 'of', not the place or body after it", () => {
    for (const [text, name] of [["Gov. Jo Lee of Ruritania", "Jo Lee"], ["Mr. Vole of the Quill Club", "Vole"]] as const) {
      expect(headName(crudeTokens(text, 0), text)?.name).toBe(name);
    }
  });
});

describe("gold conversion: a pronoun's chain through a quotation", () => {
  it("is trusted only through names outside quotation marks", () => {
    const text = "Tom Baker spoke.\n“I love Ann,” he said.";
    const sentences: [string, string, string][][] = [
      [["Tom", "NNP", "PERSON"], ["Baker", "NNP", "PERSON"], ["spoke", "VBD", "O"], [".", ".", "O"]],
      [["“", "``", "O"], ["I", "PRP", "O"], ["love", "VBP", "O"], ["Ann", "NNP", "PERSON"], [",", ",", "O"], ["”", "''", "O"], ["he", "PRP", "O"], ["said", "VBD", "O"], [".", ".", "O"]],
    ];
    const xml = xmlOf(text, sentences, [[[1, 1, 3, 2, true], [2, 4, 5, 4, false], [2, 7, 8, 7, false]]]);
    const source = text.lastIndexOf("he said");
    const ann = [`T1\tContent ${text.indexOf("“")} ${text.indexOf("”") + 1}\tx`, `T2\tSource ${source} ${source + 2}\the`, "E1\tAttribution:T9 Source:T2 Content:T1"].join("\n");
    expect(convertArticle(text, ann, xml).gold[0]!.names).toEqual(["Tom Baker"]);
  });
});
