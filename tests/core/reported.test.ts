import { describe, expect, it } from "vitest";
import { attribute } from "../../src/core/attribute";
import type { Attribution, TextBlock } from "../../src/core/attribution";

const blocks = (...paragraphs: string[]): TextBlock[] => paragraphs.map((text) => ({ text, kind: "paragraph" }));

/** Each reported statement as "kind | text | source name (or -)". */
function statements(a: Attribution): string[] {
  return a.reported.map((r) => `${r.kind} | ${r.text} | ${a.speakers.find((s) => s.id === r.speakerId)?.name ?? "-"}`);
}

const run = (...paragraphs: string[]): string[] => statements(attribute(blocks(...paragraphs)));

describe("reported speech passed on by someone else", () => {
  it("gives no second statement whose clause runs into the first ('Lee said Vole told Ruiz that …, the agency reported')", () => {
    const found = attribute(blocks("Mayor Jo Lee said Ann Vole told Tom Ruiz that the bridge would reopen in May, the Quill agency reported.")).reported;
    for (const [i, a] of found.entries()) for (const b of found.slice(i + 1)) expect(a.end <= b.start || b.end <= a.start).toBe(true);
    expect(run("Mayor Jo Lee said Ann Vole told Tom Ruiz that the bridge would reopen in May, the Quill agency reported.")[0]).toMatch(/\| Jo Lee$/u);
  });
});

describe("reported speech", () => {
  it.each([
    ["X said (that) …", "Mayor Jo Lee said the bridge would reopen in May.", "indirect | the bridge would reopen in May | Jo Lee"],
    ["X said that …, after an opening phrase", "On Monday, Mayor Jo Lee said that the bridge would reopen in May.", "indirect | the bridge would reopen in May | Jo Lee"],
    ["…, X said", "The bridge would reopen in May, Mayor Jo Lee said on Tuesday.", "indirect | The bridge would reopen in May | Jo Lee"],
    ["…, said X", "The bridge would reopen in May, said Mayor Jo Lee.", "indirect | The bridge would reopen in May | Jo Lee"],
    ["X told Y (that) …", "Mayor Jo Lee told the Daily Planet the bridge would reopen in May.", "indirect | the bridge would reopen in May | Jo Lee"],
    ["according to X, …", "According to Mayor Jo Lee, the bridge would reopen in May.", "indirect | the bridge would reopen in May | Jo Lee"],
    ["…, according to X", "The bridge would reopen in May, according to Mayor Jo Lee.", "indirect | The bridge would reopen in May | Jo Lee"],
    ["X denied that …", "Mayor Jo Lee denied that the bridge was unsafe.", "indirect | the bridge was unsafe | Jo Lee"],
    ["X believes that …: a belief", "Mayor Jo Lee believes that the bridge will outlast the century.", "belief | the bridge will outlast the century | Jo Lee"],
    ["X asked whether …", "Mayor Jo Lee asked whether the bridge could open sooner.", "indirect | whether the bridge could open sooner | Jo Lee"],
    ["X promised to …", "Mayor Jo Lee promised to reopen the bridge by May.", "indirect | to reopen the bridge by May | Jo Lee"],
    ["N of X said …: a subject inside the sentence", "On Monday, two-thirds of the voters in Quillton said they would back the bridge.", "indirect | they would back the bridge | -"],
    ["when X said …: a report inside a clause of time", "The council fell silent when Mayor Jo Lee said the bridge would close.", "indirect | the bridge would close | Jo Lee"],
    ["asked whether …, X said: the question put, with no source", "Asked whether the bridge would reopen, Mayor Jo Lee said no.", "indirect | whether the bridge would reopen | -"],
    ["when asked about …", "When asked about the cost of the bridge, Mayor Jo Lee smiled.", "indirect | the cost of the bridge | -"],
    ["X asked Y to …", "Mayor Jo Lee asked the council to reopen the bridge.", "indirect | to reopen the bridge | Jo Lee"],
    ["Now, X said, …: a cue set within the sentence", "Now, Mayor Jo Lee said, the bridge would reopen in May.", "indirect | the bridge would reopen in May | Jo Lee"],
    ["…, N officials said: words describing the subject after the comma", "The bridge would reopen in May, two city officials said.", "indirect | The bridge would reopen in May | -"],
    ["…, X said as …: a clause of time after the cue", "The bridge would reopen in May, Mayor Jo Lee said as she left.", "indirect | The bridge would reopen in May | Jo Lee"],
    ["X, who said …: the name before the relative is the source", "The crowd cheered Mayor Jo Lee, who said the bridge would reopen in May.", "indirect | the bridge would reopen in May | Jo Lee"],
    ["X, who noted that …, …: the relative clause ends at its comma", "Mayor Jo Lee, who noted that the bridge was old, stayed calm.", "indirect | the bridge was old | Jo Lee"],
    ["X on Friday announced that …: words of time between the subject and the verb", "Mayor Jo Lee on Friday announced that the bridge would reopen in May.", "indirect | the bridge would reopen in May | Jo Lee"],
    ["X went on to explain that …", "Mayor Jo Lee went on to explain that the bridge was safe.", "indirect | the bridge was safe | Jo Lee"],
    ["X said it would …: three words with a subject and its verb", "The Quill Council said it would cooperate.", "indirect | it would cooperate | Quill Council"],
    ["…, said X, a …: the comma after an inverted cue opens its description", "In the spring, the bridge will reopen, said Jo Lee, a council member.", "indirect | In the spring, the bridge will reopen | Jo Lee"],
    ["Although X argues that …, …: the opening clause ends at its comma", "Although Mayor Jo Lee argues that the bridge is safe, the council has closed it.", "indirect | the bridge is safe | Jo Lee"],
    ["Having announced that …, X …: the participle is no speaker", "Having announced that the bridge was safe, Mayor Jo Lee left.", "indirect | the bridge was safe | -"],
    ["X said …, which …: the clause about its last noun is the writer's", "Mayor Jo Lee said the money came from the Quill fund, which was set up in May.", "indirect | the money came from the Quill fund | Jo Lee"],
    ["X denied … and VERBed …: a verb with no subject of its own is the source's", "Mayor Jo Lee denied the charges against the council and counter-sued the paper.", "indirect | the charges against the council | Jo Lee"],
    ["X said in an interview she would …: a clause with its own subject after a phrase", "Mayor Jo Lee said in an interview she would run again.", "indirect | she would run again | Jo Lee"],
    ["X told him he …: a pronoun listener, then the clause", "Mayor Jo Lee told him he had never paid the toll.", "indirect | he had never paid the toll | Jo Lee"],
    ["X said that is …: 'that' as the clause's subject", "Mayor Jo Lee said that is highly unlikely.", "indirect | that is highly unlikely | Jo Lee"],
    ["X said he would: a subject pronoun and its verb", "Mayor Jo Lee said he would.", "indirect | he would | Jo Lee"],
    ["Now, according to X, …: a source set within the sentence", "Now, according to the Quill poll, most voters back the bridge.", "indirect | most voters back the bridge | -"],
    ["… according to X, with no comma", "Most voters back the bridge according to the Quill poll.", "indirect | Most voters back the bridge | -"],
    ["X, who claimed …: a verb of saying after 'who' with a clause of its own", "The critic was Mayor Jo Lee, who claimed the council was wasting money.", "indirect | the council was wasting money | Jo Lee"],
    ["One of …, X, noted that …: the name set off by commas", "One of the mayor's aides, Tom Dean, noted that the bridge would reopen in May.", "indirect | the bridge would reopen in May | Tom Dean"],
    ["a N saying …: a participle of saying after a noun, with no source", "Later that day, the council sent a letter saying the bridge would stay closed.", "indirect | the bridge would stay closed | -"],
    ["X said that Y, who …, would …: a relative clause inside the clause's subject", "Mayor Jo Lee said that Ann Vole, who won on Tuesday, would chair the council.", "indirect | Ann Vole, who won on Tuesday, would chair the council | Jo Lee"],
    ["X denied …: a short noun group named by the verb", "Mayor Jo Lee denied the charges.", "indirect | the charges | Jo Lee"],
    ["X said …, and Y …: a second clause with its own subject is the writer's", "Mayor Jo Lee said the bridge would reopen in May, and the council voted to pay for it.", "indirect | the bridge would reopen in May | Jo Lee"],
    ["X said …, and that …: a second that-clause is still the statement", "Mayor Jo Lee said the bridge was safe, and that it would reopen in May.", "indirect | the bridge was safe, and that it would reopen in May | Jo Lee"],
    ["X has said … and has VERBed …: the second verb is the source's", "Mayor Jo Lee has said she wants a new bridge and has asked the council for money.", "indirect | she wants a new bridge | Jo Lee"],
    ["X said …: …: a colon after a whole clause", "Mayor Jo Lee said she was too busy to read the report: the bridge came first.", "indirect | she was too busy to read the report | Jo Lee"],
    ["X promised to …, Y said: the promise ends at the closing cue", "Jo Lee promised to reopen the bridge by May, Tom Dean said.", "indirect | to reopen the bridge by May | Jo Lee"],
  ])("%s", (_, text, expected) => {
    expect(run(text)).toEqual([expected]);
  });

  it("finds the source through a pronoun, as for quotes", () => {
    expect(run("Mayor Jo Lee spoke at the council.", "She said the bridge would reopen in May.")).toEqual(["indirect | the bridge would reopen in May | Jo Lee"]);
  });

  it("reads the comma before ', adding that' as no pause in the sentence: '…, X said, adding that …'", () => {
    const found = attribute(blocks("The bridge was never at risk, a city official said, adding that the toll would stay.")).reported;
    expect(found.map((r) => r.text)).toEqual(["The bridge was never at risk", "the toll would stay"]);
  });

  it("gives a coordinated verb the sentence's subject: 'X acknowledged that … but noted that …'", () => {
    expect(run("Mayor Jo Lee acknowledged that the bridge is old but noted that engineers say it is safe.")).toEqual([
      "indirect | the bridge is old | Jo Lee",
      "indirect | engineers say it is safe | Jo Lee",
    ]);
  });

  it("splits two statements of one cue at ', adding that'", () => {
    expect(run("Mayor Jo Lee said the bridge would reopen in May, adding that tolls would stay the same.")).toEqual([
      "indirect | the bridge would reopen in May | Jo Lee",
      "indirect | tolls would stay the same | Jo Lee",
    ]);
  });

  it("keeps a partly quoted report whole; the marked words stay a quote of their own", () => {
    const a = attribute(blocks('Mayor Jo Lee said the old bridge was "a danger to everyone" and would close.'));
    expect(statements(a)).toEqual(['indirect | the old bridge was "a danger to everyone" and would close | Jo Lee']);
    expect(a.quotes.map((q) => [q.text, q.kind])).toEqual([["a danger to everyone", "partial"]]);
  });

  it("leaves a direct quotation to quotes[]", () => {
    const a = attribute(blocks('"The bridge will reopen in May," Mayor Jo Lee said.', 'Mayor Jo Lee said, "The bridge will reopen in May."'));
    expect(a.reported).toEqual([]);
    expect(a.quotes).toHaveLength(2);
  });

  it.each([
    ["nothing said", "Mayor Jo Lee did not say when the bridge would reopen."],
    ["no clause", "Mayor Jo Lee said so on Tuesday."],
    ["a listener and no more", "Mayor Jo Lee told reporters at the council."],
    ["a thing written, not a statement", "Mayor Jo Lee wrote the letter to the council on Tuesday."],
    ["a lead that grows, not words", "Mayor Jo Lee is adding to her lead in the polls this week."],
    ["a cue inside an opening phrase", "If you watch what Jo Lee said this week, the talks went well."],
    ["an opening phrase before the cue", "During the council meeting on Monday, Mayor Jo Lee spoke to reporters of her plans."],
    ["a clause about the listener", "Jo Lee told Ann Vole, who opened the door on Sunday, about the bridge."],
    ["a relative clause whose subject is the noun before it", "The repairs Mayor Jo Lee said would last a year began on Monday."],
  ])("reports no statement: %s", (_, text) => {
    expect(run(text)).toEqual([]);
  });

  it("reports the words but names no one when the source is a description the engine is not sure of", () => {
    // A definite description in reported speech is more often someone the article names than the description itself.
    const [statement] = attribute(blocks("The person close to the council said the bridge would reopen in May.")).reported;
    expect(statement).toMatchObject({ text: "the bridge would reopen in May", speakerId: null, rule: null });
  });

  it("gives each statement a measured confidence and the offsets of its words in the block", () => {
    const text = "Mayor Jo Lee said the bridge would reopen in May.";
    const [statement] = attribute(blocks(text)).reported;
    expect(text.slice(statement!.start, statement!.end)).toBe(statement!.text);
    expect(statement!.rule).toBe("reportedCue/fullName");
    expect(statement!.confidence).toBeGreaterThan(0.9);
    expect(statement!.cue).toBe("Mayor Jo Lee said");
  });
});
