import { describe, expect, it } from "vitest";
import { attribute } from "../../src/core/attribute";
import { endsWithPhotoCredit } from "../../src/core/photo-credits";
import type { Attribution, TextBlock } from "../../src/core/attribution";

const blocks = (...paragraphs: string[]): TextBlock[] => paragraphs.map((text) => ({ text, kind: "paragraph" }));

function speakerOf(a: Attribution, quoteStart: string) {
  const q = a.quotes.find((x) => x.text.startsWith(quoteStart));
  if (!q) throw new Error(`no quote starting ${quoteStart}`);
  return q.speakerId ? a.speakers.find((s) => s.id === q.speakerId)! : null;
}

describe("cues", () => {
  it.each([
    ["X said after", '"We will rebuild the city," Maria Lopez said.', "Maria Lopez"],
    ["said X", '"We will rebuild the city," said Maria Lopez.', "Maria Lopez"],
    ["colon introduction", 'Maria Lopez said: "We will rebuild the city."', "Maria Lopez"],
    ["according to", 'The city will be "rebuilt stone by stone," according to Maria Lopez.', "Maria Lopez"],
    ["told an outlet", 'Maria Lopez told The Daily Planet, "We will rebuild the city."', "Maria Lopez"],
    ["relay: quoted X as saying", '"We will rebuild the city," state television quoted Maria Lopez as saying.', "Maria Lopez"],
    ["organisation", '"Our forces took the city," the army general command said.', "army general command"],
    ["a broad verb", '"We will rebuild the city," Maria Lopez insisted.', "Maria Lopez"],
    ["verb with adverb", '"We will rebuild the city," Maria Lopez later tweeted.', "Maria Lopez"],
    ["a who-clause naming others before the verb", '"We will rebuild the city," Maria Lopez, whose firm Acme Works built the bridge, said.', "Maria Lopez"],
    ["a whose-clause with its own appositive", 'Mr. Quimby, whose latest start-up, Zorgdata, sells data, said: "We will rebuild the city."', "Quimby"],
    ["a surname that is also a city, after the full name", 'Ana Denver studies drugs. "We will rebuild the city," Denver argued.', "Ana Denver"],
    ["an organisation whose name holds a common verb", '"We will rebuild the city," said Harbour Watch President Maria Lopez.', "Maria Lopez"],
    ["an outlet's person", '"We will rebuild the city," said the Harbour Gazette\'s Maria Lopez.', "Maria Lopez"],
    ["a party and title before the name, a place after it", '"We will rebuild the city," said Republican Rep. Maria Lopez of Ohio.', "Maria Lopez"],
    ["a title with a place before the name", '"We will rebuild the city," County freeholder Maria Lopez said.', "Maria Lopez"],
    ["a participle cue after an opening participle and places", 'Speaking at a town hall in Salem, New Hampshire, Maria Lopez went after Vole, calling him “a total stiff.”', "Maria Lopez"],
    ["participles after 'with NAME'", 'Others were quick to chime in, with Maria Lopez tweeting that it was a "disaster" and asking, "Who will rebuild the city?"', "Maria Lopez"],
    ["a party's person with an unlisted given name", '"We will rebuild the city," said the Quill Party\'s Avi Shem.', "Avi Shem"],
    ["a '-based' description before the name", '"We will rebuild the city," said Oslo-based Maria Lopez.', "Maria Lopez"],
    ["a party tag between name and verb", '"We will rebuild the city," Rep. Maria Lopez (D-Calif.) said.', "Maria Lopez"],
    ["doubled single marks (''…'')", "''We will rebuild the city,'' said Maria Lopez, a planner.", "Maria Lopez"],
    ["doubled curly singles (‘‘…’’)", "‘‘We will rebuild the city,’’ Maria Lopez said.", "Maria Lopez"],
    ["an inverted name before 'in The Paper'", '"We will rebuild the city," wrote Maria Lopez in The Harbour Gazette.', "Maria Lopez"],
    ["in X's words", 'Maria Lopez runs the agency. In Lopez’s words, "We will rebuild the city."', "Maria Lopez"],
    ["in X's view, a partial quote", 'Maria Lopez runs the agency. In Lopez’s view, the city must be "rebuilt from scratch."', "Maria Lopez"],
    ["a speech participle after 'by'", 'Maria Lopez rallied her supporters by warning that "the city will be rebuilt."', "Maria Lopez"],
    ["'puts it' in the present", 'As the Harbour Gazette\'s Maria Lopez puts it, "We will rebuild the city."', "Maria Lopez"],
    ["a dash that hands over a whole quote", 'Maria Lopez also backed the new tolls -- "We will rebuild the city with them."', "Maria Lopez"],
    ["a month's abbreviation as a given name", '"We will rebuild the city," said Jan Kowal.', "Jan Kowal"],
    ["a date after the verb", '"We will rebuild the city," Maria Lopez said on Jan. 5.', "Maria Lopez"],
    ["a participle after the document someone issued", 'Maria Lopez issued a statement on Tuesday saying, "We will rebuild the city."', "Maria Lopez"],
    ["a participle after an organisation's release", 'Harbour Watch put out a release saying it would "rebuild the city."', "Harbour Watch"],
    ["a speech participle after 'while'", 'Maria Lopez toured the port while insisting that "the city will be rebuilt."', "Maria Lopez"],
    ["a surname that is also a title word", '"We will rebuild the city," said former governor Tom Dean.', "Tom Dean"],
    ["a kin appositive's single name", 'Tom Ridley stayed home. His wife, Maria, said: "We will rebuild the city."', "Maria"],
    ["a verb of manner right after the quote ('fumed')", '"We will rebuild the city," Maria Lopez fumed on Tuesday.', "Maria Lopez"],
    ["'proclaimed'", 'Maria Lopez proclaimed at a press conference, "We will rebuild the city."', "Maria Lopez"],
    ["a weak verb's -ing form", 'The mayor, Maria Lopez, was praising the plan as "a bold step."', "Maria Lopez"],
    ["an outlet and an unlisted noun before the name", '"We will rebuild the city," said Harbour TV moderator Maria Lopez.', "Maria Lopez"],
    ["age, town and region before a who-clause", '"We will rebuild the city," Maria Lopez, 30, of Salem, Ore., who was among those polled, said.', "Maria Lopez"],
    ["an opinion verb that introduces a whole quote", 'Maria Lopez spoke first. She continued, "We will rebuild the city."', "Maria Lopez"],
    ["a speech participle after 'upon'", 'Maria Lopez drew boos upon saying, "We will rebuild the city."', "Maria Lopez"],
    ["an appositive that mentions a short quotation", '"We will rebuild the city," Maria Lopez, holding a blue flag and a "Vote Vole" sign, said.', "Maria Lopez"],
    ["a present-tense relay", '"We will rebuild the city," papers quote Maria Lopez as saying.', "Maria Lopez"],
    ["a verb that takes an object, inverted right after the quote", '"We will rebuild the city," instructed Maria Lopez.', "Maria Lopez"],
    ["an organisation whose name ends in a word that is no name alone", '"We will rebuild the city," Quill Rights Watch said.', "Quill Rights Watch"],
    ["a hyphenated title before the name", '"We will rebuild the city," said Harbour Workers Secretary-Treasurer Maria Lopez.', "Maria Lopez"],
    ["a cue whose subject and verb enclose the quote is as far as its verb", 'And the Harbour Trade Agreement, which Maria Lopez had called a "disaster" and promised to tear up?', "Maria Lopez"],
    ["'said to' a listener, not an infinitive", '"We will rebuild the city," Maria Lopez said to cheers at a rally.', "Maria Lopez"],
  ])("%s", (_name, text, speaker) => {
    expect(speakerOf(attribute(blocks(text)), "")?.name).toBe(speaker);
  });

  it("resolves a surname to the full name given earlier, with role and affiliation from the appositive", () => {
    const a = attribute(
      blocks(
        "Andrew Tabler, a Syria expert and fellow at the Washington Institute for Near East Policy, spoke on Monday.",
        "“It remains unknown,” said Tabler.",
      ),
    );
    const s = speakerOf(a, "It remains");
    expect(s).toMatchObject({ name: "Andrew Tabler", role: "Syria expert and fellow", affiliation: "Washington Institute for Near East Policy" });
    expect(s!.aliases).toContain("Tabler");
  });

  it("reads role and affiliation from a prefix", () => {
    const a = attribute(blocks('"The talks went well," Kremlin spokesman Dmitry Peskov said.'));
    expect(speakerOf(a, "The talks")).toMatchObject({ name: "Dmitry Peskov", role: "spokesman", affiliation: "Kremlin" });
  });

  it("never takes a person named inside the quote", () => {
    const a = attribute(blocks('"Assad valued the help of Putin," Dmitry Peskov said.'));
    expect(speakerOf(a, "Assad")?.name).toBe("Dmitry Peskov");
  });

  it("resolves 'he said' to the last subject that speaks, not to a listener", () => {
    const a = attribute(
      blocks(
        "Putin told Assad that Russia would help, Peskov added.",
        "One informed source in Damascus told TASS that the victory was impossible without Russian support.",
        "“I’m personally grateful to Russia for that,” he said.",
      ),
    );
    expect(speakerOf(a, "I’m personally")?.name).toBe("informed source in Damascus");
  });

  it("resolves 'it said' to an organisation", () => {
    const a = attribute(
      blocks(
        "The army general command said its forces took the city.",
        'Palmyra would become "a launchpad for operations" against the group, it said.',
      ),
    );
    expect(speakerOf(a, "a launchpad")?.name).toBe("army general command");
  });

  it("gives a bare follow-up quote the previous speaker", () => {
    const a = attribute(blocks('"We had issues," Kevin Mayer said. "Not everyone will succeed."'));
    expect(speakerOf(a, "Not everyone")?.name).toBe("Kevin Mayer");
  });

  it("carries the speaker into the next sentence's quote after a connector ('Instead, “…”')", () => {
    const a = attribute(blocks('"The mayor should lead the ferry plan," Ann Vole said. Instead, "he waits for the council."'));
    expect(speakerOf(a, "he waits")?.name).toBe("Ann Vole");
  });

  it("continues a quote over paragraphs", () => {
    const a = attribute(blocks("Senior author Silvia Martins commented: “Use rose among adults.", "“Given our findings, we need care.”"));
    expect(speakerOf(a, "Given our")?.name).toBe("Silvia Martins");
  });

  it("gives no speaker rather than a guess", () => {
    const a = attribute(blocks('"This is how epidemics begin," the letter warned, while "rumours" spread.'));
    expect(a.quotes.every((q) => q.speakerId === null || q.confidence >= 0.5)).toBe(true);
    const unattributed = attribute(blocks('The sign read "No entry after dark for anyone at all".'));
    expect(unattributed.quotes.map((q) => q.speakerId)).toEqual([null]);
  });

  it("does not mark titles and scare quotes", () => {
    const a = attribute(blocks('He produced "Star Wars" and "Mary Poppins" and joined the “Meth. We’re on it.” campaign.'));
    expect(a.quotes).toEqual([]);
  });

  it("reports quote offsets inside the block", () => {
    const text = 'Maria Lopez said: "We will rebuild."';
    const a = attribute(blocks(text));
    const q = a.quotes[0]!;
    expect(text.slice(q.start, q.end)).toBe("We will rebuild.");
    expect(q.block).toBe(0);
  });
});

describe("attributeSteps", () => {
  it("gives the same result as attribute, one pause per block and speaker", async () => {
    const { attributeSteps } = await import("../../src/core/attribute");
    const input = blocks('"We will rebuild," Maria Lopez said.', "Officials met on Monday.", '"It will take years," said John Smith.');
    const steps = attributeSteps(input);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(step.value).toEqual(attribute(input));
    expect(pauses).toBe(input.length * 2 + 2);
  });
});

describe("embedded posts", () => {
  it("gives a quote that fills its paragraph to the name that signs the next one", () => {
    const a = attribute(
      blocks(
        "We checked the claims made at the town hall.",
        '"Harbour rents have doubled in three years."',
        "- Ann Vole.",
        "The mayor's figure is two years old.",
        '"Fine words. Now build the bridge."',
        "—President Jo Lee, writing after the vote.",
        '"We will look at it," the aide said.',
        "- Tom Quarrie.",
      ),
    );
    expect(speakerOf(a, "Harbour rents")?.name).toBe("Ann Vole");
    expect(speakerOf(a, "Fine words")?.name).toBe("Jo Lee");
    expect(speakerOf(a, "We will look")?.name).not.toBe("Tom Quarrie");
  });

  it("attributes a block quote without marks to the name that signs it", () => {
    const a = attribute([
      { text: "She shared the letter online.", kind: "paragraph" },
      { text: "Sharing my full letter on the sentencing. We must apply compassion.", kind: "blockquote" },
      { text: "— Rep. Maria Lopez (@MariaLopez) November 19, 2019", kind: "blockquote" },
    ]);
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]).toMatchObject({ kind: "block", text: "Sharing my full letter on the sentencing. We must apply compassion." });
    expect(a.speakers[0]).toMatchObject({ name: "Maria Lopez", role: "Rep." });
  });

  it("leaves an unsigned block quote without marks alone", () => {
    const a = attribute([{ text: "Section 4 of the act shall apply to all counties.", kind: "blockquote" }]);
    expect(a.quotes).toEqual([]);
  });
});

describe("more cue forms", () => {
  it("'stunned by the transition team request': a weak word of saying after a preposition is a noun, no cue", () => {
    const a = attribute(blocks('Union President Tom Reardon said his members were "stunned" by the transition team request.'));
    expect(speakerOf(a, "stunned")?.name).toBe("Tom Reardon");
  });

  it("a weak verb in a 'when' clause after the quote does not claim it", () => {
    const a = attribute(blocks('Tom Ruffo said at the hearing on Friday, "Paying less is just good sense," when Ann Vole mocked him for it.'));
    expect(speakerOf(a, "Paying less")?.name).toBe("Tom Ruffo");
  });

  it("reads a lower-case title with its remit between the verb and the name", () => {
    const a = attribute(blocks('"We are done," said director of communications Jo Lee.'));
    expect(speakerOf(a, "We are done")).toMatchObject({ name: "Jo Lee", role: "director of communications" });
  });

  it("reads a given name that is also a word, right after the verb, as the name ('said Will Quarry')", () => {
    const a = attribute(blocks('"The ferry loses money," said Will Quarry, a lecturer at Quill University.', 'Will Congress act? "We will see," the senator said.'));
    expect(speakerOf(a, "The ferry")).toMatchObject({ name: "Will Quarry", affiliation: "Quill University" });
    expect(a.speakers.some((s) => s.name.includes("Congress"))).toBe(false);
  });

  it("knows 'interjected', 'begged' and 'grumbled' report words", () => {
    const a = attribute(blocks('Ann Vole interjected, "Not today."', 'Tom Quarrie grumbled, "It is always late."'));
    expect(speakerOf(a, "Not today")?.name).toBe("Ann Vole");
    expect(speakerOf(a, "It is always")?.name).toBe("Tom Quarrie");
  });

  it("gives a relative clause's verb of saying to the name the clause describes", () => {
    const a = attribute(
      blocks(
        'Ann Vole won the backing of Dan Ruffo, who declared at the harbour, "The ferries come first."',
        'The report came from the Quill Agency, which said it was "deeply concerned."',
        'Ann Vole disputed the figure. Reporters turned to the Harbour Police Department which reported "1,204 incidents" this year.',
      ),
    );
    expect(speakerOf(a, "The ferries")?.name).toBe("Dan Ruffo");
    expect(speakerOf(a, "deeply")?.name).toBe("Quill Agency");
    expect(speakerOf(a, "1,204")?.name).toBe("Harbour Police Department");
  });

  it("finds the name before a party tag and an appositive, before the verb", () => {
    const a = attribute(
      blocks(
        'Rep. Ann Vole (D-Md.), head of the Harbour Caucus, said that the ferry plan was "years overdue."',
        'Rep. Jo Lee (D-Calif.), who wrote the toll bill, said in a statement that the vote was "a first step."',
      ),
    );
    expect(speakerOf(a, "years overdue")).toMatchObject({ name: "Ann Vole", affiliation: "Democrat" });
    expect(speakerOf(a, "a first step")?.name).toBe("Jo Lee");
  });

  it("reads 'said NAME in PLACE' and 'wrote NAME on OUTLET' as the person, not the place or outlet", () => {
    const a = attribute(blocks('"We disagree," said Ann Vole in Quillton.', '"It hits hard," wrote Rita Quill on Harbour Air.'));
    expect(speakerOf(a, "We disagree")?.name).toBe("Ann Vole");
    expect(speakerOf(a, "It hits")?.name).toBe("Rita Quill");
  });

  it("reads an appositive between dashes typed as two hyphens as one between dashes", () => {
    const a = attribute(blocks('Jo Lee -- a teacher from Quillton -- says the plan is "a mess."'));
    expect(speakerOf(a, "a mess")?.name).toBe("Jo Lee");
  });

  it("a cue after a quotation that ends with a full stop closes the same sentence", () => {
    const a = attribute(
      blocks(
        'The host pressed her. "We will open the bridge in spring…" Ann Vole said. "Really?" the host asked.',
        'Jo Lee spoke first. "We will count the votes again." Tom Quarrie said the count was over.',
      ),
    );
    expect(speakerOf(a, "We will open")?.name).toBe("Ann Vole");
    expect(speakerOf(a, "We will count")?.name).not.toBe("Tom Quarrie");
  });

  it("an appositive left unclosed after a quote belongs to the name right after the quote, not to a name inside it", () => {
    const a = attribute(
      blocks(
        '"The sea is shallow here," Erik Vole, a physical oceanographer at the University of Quillton in Harbour told Zorg News.',
        '"We will see," Ann Ruiz, the mayor said.',
      ),
    );
    expect(speakerOf(a, "The sea")).toMatchObject({ name: "Erik Vole", role: "physical oceanographer", affiliation: "University of Quillton" });
    expect(speakerOf(a, "We will see")).toMatchObject({ name: "Ann Ruiz", role: "mayor" });
  });

  it("an appositive left unclosed before the verb still describes the name that opens the sentence", () => {
    const a = attribute(
      blocks(
        'Nell Ashby, the press officer for the Quill Party said in a statement. "The count stands."',
        'Tom Ruffo, president and CEO of Harbour Diners Association stated, "Menus will cost more."',
        'After meeting Jo Lee, the mayor said, "We agreed on nothing."',
      ),
    );
    expect(speakerOf(a, "The count")).toMatchObject({ name: "Nell Ashby", role: "press officer", affiliation: "Quill Party" });
    expect(speakerOf(a, "Menus will")).toMatchObject({ name: "Tom Ruffo", affiliation: "Harbour Diners Association" });
    expect(speakerOf(a, "We agreed")?.name).not.toBe("Jo Lee");
  });

  it("X was quoted as saying", () => {
    const a = attribute(blocks('"We will not give up the city," Maria Lopez was quoted as saying.'));
    expect(speakerOf(a, "We will")?.name).toBe("Maria Lopez");
  });

  it("'the president' is the one person the article titles President", () => {
    const a = attribute(blocks("President Maria Lopez met the delegation on Sunday.", '"The city will be rebuilt," the president said.'));
    expect(speakerOf(a, "The city")?.name).toBe("Maria Lopez");
  });

  it("'the US President said' is the one person titled 'US President' (not 'the Turkish president')", () => {
    const text = "US President Tom Quarrie has said he will act.";
    expect(speakerOf(attribute(blocks(text, '"Why would there not be," the US President said.')), "Why would")?.name).toBe("Tom Quarrie");
    expect(speakerOf(attribute(blocks(text, '"Why would there not be," the Turkish president said.')), "Why would")?.name).not.toBe("Tom Quarrie");
  });

  it("German single marks ‚…‘ inside a text", async () => {
    const { findQuoteSpans } = await import("../../src/core/quotes");
    const text = "Er nannte es ‚eine Schande‘ gestern.";
    expect(findQuoteSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["eine Schande"]);
  });

  it("an outlet the speaker talks to is not the speaker", () => {
    const a = attribute(blocks('Maria Lopez, a fellow at the Quill Institution, told NHK: "We are worried about the city."'));
    expect(speakerOf(a, "We are")).toMatchObject({ name: "Maria Lopez", affiliation: "Quill Institution" });
  });
});

describe("roles and affiliations", () => {
  it.each([
    ["appositive with 'at'", "Maria Lopez, an economist at the Quill Institution,", { role: "economist", affiliation: "Quill Institution" }],
    ["'of ORG' after the name", "Maria Lopez of the Quill Institution", { affiliation: "Quill Institution" }],
    ["possessive organisation", "Maria Lopez, Acme Corp.'s chief economist,", { role: "chief economist", affiliation: "Acme Corp." }],
    ["prefix", "Acme Corp. chief economist Maria Lopez", { role: "chief economist", affiliation: "Acme Corp." }],
    ["a nationality before a title is the country", "Syrian President Maria Lopez", { role: "President", affiliation: "Syria" }],
    ["who heads", "Maria Lopez, who heads the Quill Institution,", { affiliation: "Quill Institution" }],
    ["who is the ROLE of", "Maria Lopez, who is the director of the Quill Institution,", { role: "director", affiliation: "Quill Institution" }],
    ["who was elected: no role", "Maria Lopez, who was elected mayor in 2010,", { role: null }],
    ["who was ROLE for ORG, no article", "Maria Lopez, who was ferry director for the Harbour Council,", { role: "ferry director", affiliation: "Harbour Council" }],
    ["party and state in parentheses: the party", "Rep. Maria Lopez (D-Calif.)", { role: "Rep.", affiliation: "Democrat" }],
    ["an acronym ending like a nationality", "QBI Director Maria Lopez", { role: "Director", affiliation: "QBI" }],
    ["a candidate's campaign by possessive, after the name", "Maria Lopez, Vole's campaign manager,", { role: "campaign manager", affiliation: "Vole campaign" }],
    ["a candidate's campaign by possessive, before the name", "Vole's campaign manager, Maria Lopez,", { role: "campaign manager", affiliation: "Vole campaign" }],
    ["ROLE for a candidate's campaign", "Maria Lopez, a spokeswoman for the Quill campaign,", { role: "spokeswoman", affiliation: "Quill campaign" }],
    ["an office's adjective opening the sentence", "Presidential candidate Maria Lopez", { role: "Presidential candidate", affiliation: null }],
    ["a modifier opening the sentence", "Longtime pollster Maria Lopez", { role: "Longtime pollster", affiliation: null }],
    ["a profession by its shape", "oceanographer Maria Lopez", { role: "oceanographer" }],
    ["another profession by its shape", "the Quill Bureau statistician Maria Lopez", { role: "statistician", affiliation: "Quill Bureau" }],
    ["a hopeful", "Democratic presidential hopeful Maria Lopez", { role: "Democratic presidential hopeful", affiliation: "Democrat" }],
  ])("%s", (_name, intro, profile) => {
    const a = attribute(blocks(`${intro} spoke on Monday.`, '"We are worried about the city," Lopez said.'));
    expect(speakerOf(a, "We are")).toMatchObject({ name: "Maria Lopez", ...profile });
  });
});

describe("nouns that look like speech verbs", () => {
  it("'workers from neighboring states' does not make the workers speak", () => {
    const a = attribute(
      blocks(
        "According to Karen Whitfield, the company has brought in 300 workers from neighboring states.",
        '"It\'s going to be a long week," she added.',
      ),
    );
    expect(speakerOf(a, "It's going")?.name).toBe("Karen Whitfield");
  });

  it("a verb after the name is not an appositive, a role before it is", () => {
    const a = attribute(blocks("The company's CEO, Robert Fenn, defended its record.", '"We have invested in the grid," Fenn said.'));
    expect(speakerOf(a, "We have")).toMatchObject({ name: "Robert Fenn", role: "CEO" });
  });
});

describe("a description the article first gave with a name", () => {
  it("is that person when it speaks later ('Ruritania's ambassador, Jo Lee,' … 'Ruritania's ambassador said')", () => {
    const a = attribute(
      blocks(
        "Ruritania's ambassador, Jo Lee, met the minister on Monday.",
        "The talks lasted three hours.",
        '"We made no progress," Ruritania\'s ambassador said.',
        "The third witness, Ann Vole, took the stand on Tuesday.",
        '"I saw him leave," the third witness said.',
      ),
    );
    expect(speakerOf(a, "We made no")?.name).toBe("Jo Lee");
    expect(speakerOf(a, "I saw him")?.name).toBe("Ann Vole");
  });
});

describe("a company role given without its company", () => {
  it("belongs to the subject the typing stage knows for an organisation, though its last word is also a surname", () => {
    const a = attribute(blocks("Warner Bros earned $2 billion last year, CEO Jo Lee said.", '"Films are back," Lee said.'));
    expect(speakerOf(a, "Films are back")).toMatchObject({ role: "CEO", affiliation: "Warner Bros" });
  });
});

describe("an unnamed speaker the article names further down", () => {
  it("stays unnamed when the person quoted with the same words is not described by it", () => {
    const a = attribute(blocks('Mayor Ann Vole spoke first: "We will reopen the road by Friday if the bridge holds."', '"We will reopen the road by Friday," a police spokesman said.'));
    expect(speakerOf(a, "We will reopen the road by Friday,")?.name).toBe("police spokesman");
  });

  it("is the person quoted with the same words when two people fit the description", () => {
    const a = attribute(
      blocks(
        'TOP: "Tomorrow will be a calmer day," says QWN meteorologist',
        "QWN meteorologist Tom Quarrie predicted more snow.",
        '"The worst is over," he said. "Tomorrow will be a calmer day, though the wind stays."',
        '"It is sleet and rain," QWN meteorologist Ann Vole said.',
      ),
    );
    expect(speakerOf(a, "Tomorrow will be a calmer day,")?.name).toBe("Tom Quarrie");
  });
});

describe("a surname that is also a modal verb", () => {
  it("'Ann May said' is Ann May's, not Ann's who may have said", () => {
    const a = attribute(blocks('"We will leave," Prime Minister Ann May said.', "Prime Minister Ann May said this week the country would leave."));
    expect(speakerOf(a, "We will leave")?.name).toBe("Ann May");
    expect(a.speakers.find((sp) => sp.id === a.reported[0]?.speakerId)?.name).toBe("Ann May");
  });
});

describe("one name in two apostrophes", () => {
  it("'O’Ruffo' introduced and 'O'Ruffo' quoted are one person, with the role given the first time", () => {
    const a = attribute(blocks("The ferry ran aground at dawn, according to Harbour Commissioner Dan O’Ruffo.", '"We are still counting the damage," said O\'Ruffo.'));
    expect(speakerOf(a, "We are still counting")).toMatchObject({ role: "Commissioner", affiliation: "Harbour" });
  });
});

describe("legislators and unnamed sources", () => {
  it("a party word before a given name and a surname is no part of the name: it is the affiliation", () => {
    const a = attribute(blocks('Republican Dan Ruffo said the plan was "a mess."', '"It is fine," said Democrat Ann Vole.'));
    expect(speakerOf(a, "a mess")).toMatchObject({ name: "Dan Ruffo", affiliation: "Republican" });
    expect(speakerOf(a, "It is fine")).toMatchObject({ name: "Ann Vole", affiliation: "Democrat" });
  });

  it("'Sen. NAME of STATE' is the person, and 'R-Ohio' gives the party", () => {
    const a = attribute(
      blocks(
        'Sen. Maria Delgado of New Mexico called the plan "a drop in the bucket" on Friday.',
        '"This is a compromise," said Sen. John Whitaker, R-Ohio, who helped negotiate the deal.',
      ),
    );
    expect(speakerOf(a, "a drop")).toMatchObject({ name: "Maria Delgado", role: "Sen." });
    expect(speakerOf(a, "This is")).toMatchObject({ name: "John Whitaker", affiliation: "Republican" });
  });

  it("'the aide said' is the aide described before", () => {
    const a = attribute(
      blocks(
        'One senior Democratic aide, who spoke on condition of anonymity, said the talks were tense. "There were moments," the aide said.',
      ),
    );
    expect(speakerOf(a, "There were")).toMatchObject({ name: "senior Democratic aide", kind: "anonymous" });
  });
});

describe("organisations", () => {
  it("'the company said' is the organisation the article last named as a subject", () => {
    const a = attribute(
      blocks(
        "Nova Labs on Wednesday released its newest AI model.",
        "Nova Labs said in a blog post that the model would be available to paying customers first.",
        '"We expect broad availability by summer," the company said.',
      ),
    );
    expect(speakerOf(a, "We expect")).toMatchObject({ name: "Nova Labs", kind: "organization" });
  });

  it("'the government said' is not the council the article last named", () => {
    const a = attribute(blocks(
      "Last month, the Ruritanian Council of Medical Research had recommended the drug for health workers.",
      'In a notice on March 25, the government said the drug would be sold abroad only "case by case".',
    ));
    expect(speakerOf(a, "case by case")).toMatchObject({ name: "government", kind: "organization" });
  });

  it("'the spokesperson said' speaks for that organisation", () => {
    const a = attribute(
      blocks(
        "Harbour Border Service declined the doctors' offer, and told the Quill Courier it would not comment further.",
        '"We follow the law," the spokesperson said.',
      ),
    );
    expect(speakerOf(a, "We follow")).toMatchObject({ name: "spokesperson", affiliation: "Harbour Border Service" });
  });

  it("an organisation a headline names in full is one, for 'the department said' below", () => {
    const a = attribute([
      { text: "Quill Police Department: Ferry Is Late", kind: "heading" },
      { text: "Jo Lee waited for an hour.", kind: "paragraph" },
      { text: '"The delay is under review," the department said.', kind: "paragraph" },
    ]);
    expect(speakerOf(a, "The delay")?.name).toBe("Quill Police Department");
  });

  it("'the board said' is no organisation read from a headline's capitals", () => {
    const a = attribute([
      { text: "Ferry Tolls Stay Lawful, Board Of Harbours Finds", kind: "heading" },
      { text: "Jo Lee filed the complaint in May.", kind: "paragraph" },
      { text: '"The fares must fall," the board said.', kind: "paragraph" },
    ]);
    expect(speakerOf(a, "The fares")?.name).toBe("board");
  });

  it("an agency named for what it enforces or investigates is an organisation", () => {
    const a = attribute(blocks('"Fraud moves faster than rules," Quill Security Investigations said.', '"We act on every tip," Harbour Customs Enforcement said.'));
    expect(speakerOf(a, "Fraud moves")).toMatchObject({ name: "Quill Security Investigations", kind: "organization" });
    expect(speakerOf(a, "We act")).toMatchObject({ name: "Harbour Customs Enforcement", kind: "organization" });
  });
});

describe("the same words quoted twice", () => {
  it("gives the headline's quote to whoever the body gives the same words to", () => {
    const a = attribute([
      { text: "Shop outage: ‘We lost some orders’ on launch day", kind: "heading" },
      { text: "Quill Co. executive Ann Vole spoke on Tuesday.", kind: "paragraph" },
      { text: "“We lost some orders ... and some patience too,” Vole said.", kind: "paragraph" },
    ]);
    expect(speakerOf(a, "We lost some orders")?.name).toBe("Ann Vole");
    expect(a.quotes[0]!.rule).toBe("repeatedQuote");
  });

  it("gives a quote repeated later in the text to whoever first said the words", () => {
    const a = attribute(blocks('"We will build a new deal for everyone," said Ann Vole.', 'By Monday, "a new deal for everyone" was on every poster in town.'));
    expect(speakerOf(a, "a new deal")?.name).toBe("Ann Vole");
  });

  it("gives a headline's quote to the name the headline opens with, before its colon", () => {
    const a = attribute([
      { text: "Vole: Budget Plan Is ‘Dead on Arrival’", kind: "heading" },
      { text: "Senator Ann Vole spoke on Monday.", kind: "paragraph" },
    ]);
    expect(speakerOf(a, "Dead on Arrival")?.name).toBe("Ann Vole");
    const latest = attribute([{ text: "The Latest: Voters Want ‘Real Change’ in Quillton", kind: "heading" }]);
    expect(latest.quotes.every((q) => q.speakerId === null)).toBe(true);
  });

  it("gives a paragraph repeated word for word (a live blog's repeated post) to whoever said it first", () => {
    const a = attribute(blocks(
      "Ann Vole spoke at noon:",
      '"We asked the board for more time and they refused."',
      "Live updates follow.",
      '"We asked the board for more time and they refused."',
    ));
    expect(a.quotes[1]!.rule).toBe("repeatedQuote");
    expect(a.speakers.find((s) => s.id === a.quotes[1]!.speakerId)?.name).toBe("Ann Vole");
  });

  it("does not give one person's words to another who said the very same words", () => {
    const a = attribute(blocks(
      'Jo Lee was asked about the delay. "I do not know."',
      "Ann Vole was asked next.",
      '"I do not know."',
    ));
    expect(a.quotes[1]!.rule).not.toBe("repeatedQuote");
  });

  it("leaves it alone when the words are too few or two speakers share them", () => {
    const a = attribute([
      { text: "‘We will win’: rivals trade barbs", kind: "heading" },
      { text: "“We will win this time,” said Jo Lee.", kind: "paragraph" },
      { text: "“We will win again,” said Ann Vole.", kind: "paragraph" },
    ]);
    expect(speakerOf(a, "We will win")).toBeNull();
  });
});

describe("a quoted transcript", () => {
  it("gives each line to the name in capitals before its colon, and takes no stage direction for words", () => {
    const a = attribute(
      blocks(
        "On Sunday's show, Gov. Ann Vole said the ferry plan was on track.",
        "Part of the interview:",
        '"QUARRIE: Let us start with the ferry plan. Why now?',
        '"VOLE: The ferries are late, and everyone knows it.',
        '"(CROSSTALK.)',
        '"QUARRIE: But, Governor, the money is gone.',
      ),
    );
    expect(speakerOf(a, "QUARRIE: Let us")?.name).toBe("Quarrie");
    expect(speakerOf(a, "VOLE: The ferries")?.name).toBe("Ann Vole");
    expect(speakerOf(a, "QUARRIE: But")?.name).toBe("Quarrie");
    expect(a.quotes.some((q) => q.text.includes("CROSSTALK"))).toBe(false);
  });

  it("reads no speaker from one quote that opens with a label, nor from a dateline, and keeps words in brackets that are someone's", () => {
    const note = attribute(blocks('The council posted a note: "UPDATE: The ferry runs again."', 'Jo Lee wrote back: "(We will fix the timetable.)"'));
    expect(note.speakers.map((sp) => sp.name)).not.toContain("Update");
    expect(speakerOf(note, "(We will fix")?.name).toBe("Jo Lee");
    const transcript = attribute(blocks('"QUARRIE: Where are the ferries?', '"VOLE: Late again.', 'A wire note read "PARIS: Talks resume at noon."'));
    expect(speakerOf(transcript, "VOLE: Late")?.name).toBe("Vole");
    expect(speakerOf(transcript, "PARIS")?.name).not.toBe("Paris");
  });
});

describe("names of works", () => {
  it("a Title Case quotation that a cue says someone spoke is a quote, not a title", () => {
    const a = attribute(blocks('Jo Lee spoke first.', '"Quillton First, Zorgton Next," Jo Lee said. "The ferry can wait."'));
    expect(speakerOf(a, "Quillton First")?.name).toBe("Jo Lee");
    expect(speakerOf(a, "The ferry")?.name).toBe("Jo Lee");
  });

  it("a show's title after a possessive is not a quote, even in a cue's sentence", () => {
    const a = attribute(blocks('"The stock could double," Tom Quarrie said on QWN\'s "Trading Harbour" on Monday.'));
    expect(a.quotes.map((q) => q.text)).toEqual(["The stock could double,"]);
  });

  it("a label qualifying a noun is not a quote, even in a cue's sentence", () => {
    const a = attribute(blocks('Jo Lee said the deal lets the mayor keep his "tough on crime" stance, which "plays well at home."'));
    expect(a.quotes.map((q) => q.text)).toEqual(["plays well at home."]);
  });

  it("words someone 'called' something are a quote when they run past a short term", () => {
    const a = attribute(blocks('Jo Lee dismissed what Ann Vole called "a circus with no tent and no clowns."', 'It is what doctors called "bird keeper lung."'));
    expect(a.quotes.map((q) => q.text)).toEqual(["a circus with no tent and no clowns."]);
    expect(speakerOf(a, "a circus")?.name).toBe("Ann Vole");
  });

  it("a term given its nickname is not a quote", () => {
    const a = attribute(blocks('It strikes people who raise birds, which has earned it the nickname of "bird keeper lung." Most cases are mild.'));
    expect(a.quotes).toEqual([]);
  });

  it("a campaign's slogan is not a quote", () => {
    const a = attribute(blocks('While the “Meth. We’re on it.” awareness campaign did not appeal to her, Graham said she would not judge it.'));
    expect(a.quotes).toEqual([]);
  });
});

describe("who 'he' and 'she' are", () => {
  it("respects gender the article shows", () => {
    const a = attribute(
      blocks('When Tom Ridley visited his editor Anna Berg at her office, he would talk for hours. "Life was not long enough," she recalled.'),
    );
    expect(speakerOf(a, "Life was")?.name).toBe("Anna Berg");
  });

  it("follows a chain of pronoun subjects instead of jumping to an object's name", () => {
    const a = attribute(
      blocks(
        "Mary Holt had spent years away from the stage.",
        'And despite her fame, she was more nervous than Rose Quinn has ever been. "It was terrifying," she said.',
      ),
    );
    expect(speakerOf(a, "It was")?.name).toBe("Mary Holt");
  });

  it("hesitates between a name met in passing in the nearest sentence and the subject just before it", () => {
    const paragraph = "Ben Park told reporters the app was ready. The firm is negotiating with providers such as Tom Quarrie.";
    const passing = attribute(blocks(paragraph, "“The engineering work is done,” he said."));
    expect(speakerOf(passing, "The engineering")).toBeNull();
    // The subject of the nearest sentence is still who "he" is.
    const subject = attribute(blocks("Ben Park told reporters the app was ready. Tom Quarrie is negotiating with providers.", "“The engineering work is done,” he said."));
    expect(speakerOf(subject, "The engineering")?.name).toBe("Tom Quarrie");
  });

  it("a speaker inside a sentence's opening clause is not the subject a later 'he said' stands for", () => {
    const a = attribute(
      blocks(
        "A Quillton prosecutor said the case was open. Tom Quarrie denied it.",
        "Yet when he was asked by the prosecutor why he wrote in English, Quarrie struggled for an excuse. “Sometimes I like to write in English,” he claimed.",
      ),
    );
    expect(speakerOf(a, "Sometimes I")?.name).toBe("Tom Quarrie");
  });

  it("a pronoun subject before its verb stays the subject when a name before a verb follows in a clause of its own", () => {
    const a = attribute(
      blocks(
        "Ben Quarrie founded the firm with Tom Vole. He decided to return to Quillton, the city where he and Vole are from.",
        "“The biggest challenge is the same everywhere,” he says.",
      ),
    );
    expect(speakerOf(a, "The biggest")?.name).toBe("Ben Quarrie");
  });

  it("a name inside a clause that is the sentence's subject ('What Page was doing was …') is not the subject a pronoun stands for", () => {
    const a = attribute(blocks("Tom Vole started yelling at Ben Quarrie. What Quarrie was doing was “completely ridiculous,” he said."));
    expect(speakerOf(a, "completely")?.name).not.toBe("Ben Quarrie");
  });

  it("'continue to' and 'began to' before an infinitive report no words", () => {
    const a = attribute(blocks("Board chairman Art Vole issued a statement. He said that Quarrie will continue to provide “his unique insights,” and that the board has “complete confidence” in the plan."));
    expect(speakerOf(a, "his unique")?.name).not.toBe("Quarrie");
    expect(speakerOf(a, "complete confidence")?.name).not.toBe("Quarrie");
  });

  it("a bare quote paragraph after an interviewer's question is the answer of the person asked", () => {
    const a = attribute(
      blocks(
        "Ann Vole smiles when I tell her this. “Proud,” she says.",
        "But hasn't she had to turn down lots of offers?",
        "“I mean. Yes, no. It feels weird to say that.”",
        "For financial reasons?",
        "“Yes. They would always mention the numbers.”",
      ),
    );
    expect(speakerOf(a, "I mean")?.name).toBe("Ann Vole");
    expect(speakerOf(a, "Yes. They")?.name).toBe("Ann Vole");
    // A question of the writer's with no one quoted just before it gives no speaker.
    const b = attribute(blocks("Ann Vole and Tom Quarrie ran the club for a decade.", "So what went wrong?", "“We ran out of money.”"));
    expect(speakerOf(b, "We ran out")).toBeNull();
  });

  it("keeps the rules above from misfiring on nearby shapes", () => {
    const speaker = (paragraphs: string[], quote: string) => speakerOf(attribute(blocks(...paragraphs)), quote)?.name ?? null;
    // A name in the opening clause of the pronoun's own sentence may be its subject.
    expect(speaker(["Ben Hart waited outside.", "When Tom Lee arrived, he said he was “innocent.”"], "innocent")).toBe("Tom Lee");
    // Someone who spoke in an opening clause is still who a later "he" is.
    expect(speaker(["Ben Hart chaired the board.", "After Tom Quarrie said he would resign, the board met. “I am at peace,” he said."], "I am at peace")).toBe("Tom Quarrie");
    // "As Lee told reporters" makes Lee the source, as "according to" does.
    expect(speaker(["As Tom Quarrie told reporters, Ben Hart is leaving. “It is a loss,” he said."], "It is a loss")).toBe("Tom Quarrie");
    // "her back" is her own.
    expect(speaker(["Sam Orr coached Alex Moor for years. Moor hurt her back in training.", "“It was awful,” she said."], "It was awful")).toBe("Alex Moor");
    // "continued to" a crowd still reports words.
    expect(speaker(["“We will not back down,” Ann Vole continued to a crowd of 300."], "We will not")).toBe("Ann Vole");
    // A bare title is not someone described by another title of the same run.
    expect(speaker(["Prime Minister Tom Hart and Foreign Minister Jo Lee flew to Quillton.", "“We came to listen,” the Prime Minister said."], "We came")).not.toBe("Jo Lee");
    // "the mayor" is the mayor, not the mayor-elect; "the incoming mayor" is.
    expect(speaker(["Mayor Ann Vole congratulated Mayor-elect Tom Quarrie.", "“I look forward to it,” the mayor said."], "I look forward")).toBe("Ann Vole");
    expect(speaker(["Mayor Ann Vole congratulated Mayor-elect Tom Quarrie.", "“I look forward to it,” the incoming mayor said."], "I look forward")).toBe("Tom Quarrie");
  });

  it("does not take a name in an opening phrase, or a possessive owner, for the subject", () => {
    const a = attribute(
      blocks(
        'In his initial Instagram announcement, James Dyer noted there should be "zero shame" in it.',
        "Karen Lee's son, filmmaker Charlie Dunn, also remembers it as a trying time. \"If your mom comes to you, you listen,\" he said.",
      ),
    );
    expect(speakerOf(a, "zero shame")?.name).toBe("James Dyer");
    expect(speakerOf(a, "If your")?.name).toBe("Charlie Dunn");
  });

  it("takes a name after an opening conjunction for the subject", () => {
    const a = attribute(
      blocks(
        "President Ruffo opened the harbour talks on Monday.",
        "Tom Quarrie, a fellow at the Quill Institute, praised the ferry plan.",
        'And Ruffo, whatever his doubts about the cost, now backs it. "The bridge can wait a year," he said.',
      ),
    );
    expect(speakerOf(a, "The bridge can")?.name).toBe("Ruffo");
  });

  it("does not let the next quote's speaker, later in the sentence, rule out the antecedent", () => {
    const a = attribute(
      blocks(
        "Ann Vole met the board on Monday.",
        '"It is grim," she said, but "the board will do it," said Vole.',
      ),
    );
    expect(speakerOf(a, "It is grim")?.name).toBe("Ann Vole");
  });

  it("takes one unknown name opening a sentence before a past verb for the 'he' that follows", () => {
    const a = attribute(
      blocks(
        'Tom Quarrie said the ferry vote was close. "Ask me in May," he said.',
        'Ruffo ignored the question. "The harbour will decide," he said.',
        'Quillers viewed the plan with suspicion. "It is a trap," he said.',
      ),
    );
    expect(speakerOf(a, "The harbour will")?.name).toBe("Ruffo");
    expect(speakerOf(a, "It is a trap")?.name).not.toBe("Quillers");
  });

  it("does not take an object before 'on Monday' for a subject before a verb", () => {
    const a = attribute(blocks('Tom Ortiz met Paul Grant on Monday to discuss the budget. "We made progress," he said.'));
    expect(speakerOf(a, "We made")?.name).toBe("Tom Ortiz");
  });

  it("reads 'Sir' and a given name as the one full name the article gave that title", () => {
    const a = attribute(
      blocks(
        "She would not overrule Sir Tom Joldan, the harbour minister.",
        "Tom Marten, a ferry captain in Quillton, had written to her.",
        'Sir Tom said the ferries were "run at a loss for years."',
      ),
    );
    expect(speakerOf(a, "run at a loss")?.name).toBe("Tom Joldan");
  });

  it("counts a first name used alone as the person", () => {
    const a = attribute(
      blocks(
        "Prince Andrew spoke to Emily Stone of the BBC on Saturday.",
        'Andrew does not remember the evening, but he remembers the restaurant. "Going to a pizza place was unusual," he said.',
      ),
    );
    expect(speakerOf(a, "Going to")?.name).toBe("Andrew");
  });

  it("never reads a capitalised word inside a sentence as a speech verb", () => {
    const a = attribute(blocks('A "phase one" trade deal between the United States and China was signed on Friday.'));
    expect(a.quotes.every((q) => q.speakerId === null)).toBe(true);
  });
});

describe("titles and labels near a cue", () => {
  it("song titles in a list are not the speaker's words", () => {
    const a = attribute(blocks('According to Lena Novak, the band will play its hits, including “Listen To The Music,” “Takin\' It To The Streets” and “Black Water.”'));
    expect(a.quotes).toEqual([]);
  });

  it("'is called' names a thing", () => {
    const a = attribute(blocks("When the disease occurs in a person breeding pigeons, it is called “pigeon breeder's lung,” doctors said."));
    expect(a.quotes).toEqual([]);
  });
});

describe("harder cue structures", () => {
  it("an appositive with commas of its own keeps the name before it", () => {
    const a = attribute(blocks('"The galaxies formed early," Dylan Marsh, a fellow at the Planck Institute in Munich, Germany, and co-author of the study, said in a statement.'));
    expect(speakerOf(a, "The galaxies")?.name).toBe("Dylan Marsh");
  });

  it("the cue that introduces a quote beats one that reports the whole sentence", () => {
    const a = attribute(blocks('The staff member recalled that Paul Grant said, "I will come for you," the attorney\'s office said.'));
    expect(speakerOf(a, "I will")?.name).toBe("Paul Grant");
  });

  it("only the last verb before a quote introduces it: 'recalled that he said, “…,” the office said'", () => {
    const a = attribute(blocks("Paul Grant called the office on Monday.", 'The staff member who took the call recalled that he said, "I will come for you," the office said.'));
    expect(speakerOf(a, "I will come")?.name).toBe("Paul Grant");
  });

  it("a passive 'was told' does not make its subject the speaker", () => {
    const a = attribute(blocks('Devon Nash said he was told by an anonymous official to give "space" to the inquiry.'));
    expect(speakerOf(a, "space")?.name).not.toBe("Devon Nash");
  });

  it("a participle or 'and said' goes back to the subject after an opening clause, not to a name inside that clause", () => {
    const a = attribute(
      blocks(
        'In June, after Ann Vole fell ill, Jo Lee emailed her, telling her to "rest and get well soon."',
        'Speaking to Quill Radio\'s Morning Hour on Monday, Dan Ruffo praised the plan and added that it was "long overdue."',
      ),
    );
    expect(speakerOf(a, "rest and")?.name).toBe("Jo Lee");
    expect(speakerOf(a, "long overdue")?.name).toBe("Dan Ruffo");
  });

  it("a relative clause's verb of saying keeps the quote after words set off by a pair of commas", () => {
    const a = attribute(blocks('The levy, which Jo Lee called, in a speech at the harbour, "a tax on ferries," passed.'));
    expect(speakerOf(a, "a tax on ferries")?.name).toBe("Jo Lee");
  });

  it("a clause reporting in passing gives its subject no later verb of the sentence", () => {
    const a = attribute(blocks('Jo Lee met the harbour board in May, Ann Vole told reporters, and called the plan "a disaster."'));
    expect(speakerOf(a, "a disaster")?.name).toBe("Jo Lee");
  });

  it("a relative clause's verb of saying claims no quote after the comma that closes the clause", () => {
    const a = attribute(
      blocks('Moderator Tom Quarrie asked whether the ferry plan, which the Harbour Foundation estimates would cost $1 billion, would "sink the harbour budget."'),
    );
    expect(speakerOf(a, "sink the harbour")?.name).toBe("Tom Quarrie");
  });

  it("a name before lower-case titles qualifies the person named after them, who is the sentence's subject", () => {
    const a = attribute(blocks("Ann Vole spoke on Monday.", 'Vole campaign manager Jo Lee told reporters that the team will keep going by calling out Ruffo for his "fibs" at the hearing.'));
    expect(speakerOf(a, "fibs")?.name).toBe("Jo Lee");
  });
});

describe("speakers set up before the quote", () => {
  it("a bare quote after a sentence of reported speech continues it", () => {
    const a = attribute(blocks('At current rates, Jim Bride said, there will be three rockets by 2024. "Adding one more could be hard."'));
    expect(speakerOf(a, "Adding one")?.name).toBe("Jim Bride");
  });

  it("a colon hands the quote to the sentence's subject", () => {
    const a = attribute(blocks('Jessie Buck, who phoned in from the set, had a similar experience: "It was just that immediate feeling."'));
    expect(speakerOf(a, "It was")?.name).toBe("Jessie Buck");
  });

  it("a quote whose own cue cannot be resolved does not borrow the last speaker", () => {
    const a = attribute(blocks('"We are leaving," Ana Ruiz said.', '"This is mainly due to the wind," the think tank told CBS News.'));
    expect(speakerOf(a, "This is")?.name).not.toBe("Ana Ruiz");
  });
});

describe("descriptions of a named person", () => {
  it("'the 56-year-old said' is the person the article is about, or no one", () => {
    const a = attribute(
      blocks(
        "Jorge Mendes was named coach on Wednesday. Mendes replaces Mark Pell, who was sacked in November.",
        "Mendes had been out of work for a year. The 56-year-old said after his appointment: \"I am excited to be here.\"",
      ),
    );
    expect(speakerOf(a, "I am excited")?.name).toBe("Jorge Mendes");
    const b = attribute(blocks('The 56-year-old said: "I am excited to be here."'));
    expect(b.quotes[0]!.speakerId).toBeNull();
  });

  it("'the singer said' counts a one-word name after a title, and a courtesy title's gender, before the one other full name", () => {
    const subject = attribute(
      blocks(
        "Lady Quill shared a photo of her former fiancé, Tom Harbour, on Monday.",
        '"We are all fine here," Lady Quill wrote. "We are all fine," the 30-year-old singer wrote.',
      ),
    );
    expect(speakerOf(subject, "We are all fine,")?.name).toBe("Quill");
    // Named once each, the subject and her mother tie: no one, never the mother.
    const tie = attribute(
      blocks(
        "Lady Quill shared a photo of Tom Harbour posing with her mother, Ann Vole.",
        '"My mom sent letters," the 30-year-old actress wrote.',
      ),
    );
    expect(speakerOf(tie, "My mom")).toBeNull();
  });

  it("a one-word name set off by an appositive that describes a person is someone a pronoun may mean", () => {
    const text = [
      "Jo Lee spoke at Quill University the day after the vote.",
      'Daniel, a Quill University senior who did not want to give his last name "given the climate," said the jokes were "aggravating."',
      '"We need to be inclusive, but that makes another minority," he said.',
    ];
    expect(speakerOf(attribute(blocks(...text)), "We need")?.name).toBe("Daniel");
    const aged = text.map((t) => t.replace("a Quill University senior who did not want to give his last name", "21,"));
    expect(speakerOf(attribute(blocks(...aged)), "We need")?.name).toBe("Daniel");
    // A thing so described is still no one.
    const thing = attribute(blocks('Zorgmax, a company that sells harbour cranes, grew fast. "We grew," it said.'));
    expect(speakerOf(thing, "We grew")?.kind).not.toBe("person");
  });

  it("an appositive that describes a thing, or a title before a street, makes no one a pronoun may mean", () => {
    const dog = attribute(blocks('Tom Quarrie, a firefighter, waded in. Rex, a 3-year-old retriever owned by a local farmer, was pulled out. "It was cold," he said.'));
    expect(speakerOf(dog, "It was cold")?.name).toBe("Tom Quarrie");
    const suburb = attribute(blocks('Tom Quarrie, a planner, studied the line. Quillton, a suburb popular with young commuters, is growing. "The trains are full," he said.'));
    expect(speakerOf(suburb, "The trains")?.name).toBe("Tom Quarrie");
    const street = attribute(blocks("Tom Quarrie ran a cafe on Lord Street for 20 years. Lord Street has changed a lot since.", '"It is the end of an era," the 70-year-old said.'));
    expect(speakerOf(street, "It is the end")?.name).toBe("Tom Quarrie");
  });

  it("'a NOUN of the NOUN, GIVEN NAME, said' may name either noun: no one", () => {
    const a = attribute(blocks('A neighbour of the owner, Kevin, said the shop was "struggling for years."'));
    expect(speakerOf(a, "struggling")?.name).not.toBe("Kevin");
  });

  it("'a NOUN OF PERSON, GIVEN NAME, said' is the person so named, not the description", () => {
    const a = attribute(blocks("Another Quill student, Brittany, said her class held a poll.", '"It was real," she said.'));
    expect(speakerOf(a, "It was real")).toMatchObject({ name: "Brittany", kind: "person" });
    // Not a given name: the description speaks.
    const b = attribute(blocks("Another Quill student, Harbourside, said her class held a poll.", '"It was real," she said.'));
    expect(speakerOf(b, "It was real")?.name).not.toBe("Harbourside");
  });

  it("'NAME of PLACE' is a person from there, and the place is no affiliation", () => {
    const a = attribute(blocks('"My eyes hurt for months," wrote 43-year-old Martin Tanner of Aberdeenshire, Scotland, in a case study.'));
    expect(speakerOf(a, "My eyes")).toMatchObject({ name: "Martin Tanner", affiliation: null });
  });
});

describe("more verbs", () => {
  it.each([
    ['"That was the best part," Charlie Dunn laughed.', "Charlie Dunn"],
    ['Ann Cole took the stage. "Had to find my own way," she sings.', "Ann Cole"],
    ['"The rocks are old," said planetary geologist Rosa Quill of the Harbour Propulsion Laboratory in Zorgton.', "Rosa Quill"],
    ['Ann Vole sat down. "Harbours close, and then they open," Dan Ruffo went on.', "Dan Ruffo"],
    ['"We finally have a home," Ann Vole beams.', "Ann Vole"],
    ['"Not on my watch," Dan Ruffo rumbled from the podium.', "Dan Ruffo"],
  ])("%s", (text, speaker) => {
    expect(speakerOf(attribute(blocks(text)), "")?.name).toBe(speaker);
  });
});

describe("from the survey of unseen pages", () => {
  it("verbs of manner need the quote right before them", () => {
    const a = attribute(blocks('Johan Berg is under fire. Audience members laughed when he urged voters, "Look what I have delivered."'));
    expect(speakerOf(a, "Look what")?.name).toBe("Johan Berg");
  });

  it("hyphenated adjectives and demonym compounds are no affiliation", () => {
    const a = attribute(blocks('"The market will turn," Hungarian-American investor George Sorel said.', '"I was scared," Oscar-winning actress Mary Stone said.'));
    expect(speakerOf(a, "The market")?.affiliation).toBeNull();
    expect(speakerOf(a, "I was")?.affiliation).toBeNull();
  });
});

describe("kin, contractions and documents", () => {
  it("'according to his aunt, NAME' and 'he'd respond'", () => {
    const a = attribute(
      blocks(
        'According to his aunt, Jane Starling, "He was brilliant from the start."',
        'When his editors asked for more, Mike Ford would shrug. He\'d respond, "I have a horror of being obvious."',
      ),
    );
    expect(speakerOf(a, "He was")?.name).toBe("Jane Starling");
    expect(speakerOf(a, "I have")?.name).toBe("Mike Ford");
  });

  it("'the statement read' is whoever issued the statement", () => {
    const a = attribute(blocks('Acme Records denied the claims in a statement on Friday. "We never blocked her," the statement read.'));
    expect(speakerOf(a, "We never")?.name).toBe("Acme Records");
  });

  it("'the statement said' is whoever the paragraph before says issued it", () => {
    const a = attribute(blocks("The Harbour Trust issued a statement on Tuesday after the vote.", '"We are disappointed by the result," the statement said.'));
    expect(speakerOf(a, "We are")?.name).toBe("Harbour Trust");
  });

  it("'a statement from ORG said', 'according to a statement from ORG': the body the document is from", () => {
    const a = attribute(blocks("The weather was fine.", '"Stay away from the docks," according to a statement from the Quill Police Department. "We regret nothing," a statement from the Vorlex Group said.'));
    expect(speakerOf(a, "Stay away")?.name).toBe("Quill Police Department");
    expect(speakerOf(a, "We regret")?.name).toBe("Vorlex Group");
    // Not the owner of whoever it is from.
    const b = attribute(blocks("The case went on.", '"We object," a statement from Jo Lee\'s lawyer said.'));
    expect(speakerOf(b, "We object")?.name).not.toBe("Jo Lee");
  });

  it("'the report said' with no author named is the report's own words (a statement is always someone's)", () => {
    const a = attribute(blocks("The district published its review of the night on Friday.", '"All schools should be checked," the report said. "It would have been prudent to act," the report concludes.'));
    expect(speakerOf(a, "All schools")).toMatchObject({ name: "report", kind: "anonymous" });
    expect(speakerOf(a, "It would")?.name).toBe("report");
    const b = attribute(blocks("The Harbour Trust published a report on Tuesday.", '"All schools should be checked," the report said.'));
    expect(speakerOf(b, "All schools")?.name).toBe("Harbour Trust");
    const c = attribute(blocks("The vote was held on Friday.", '"We are disappointed," the statement said.'));
    expect(speakerOf(c, "We are")).toBeNull();
  });

  it("'as X put it'", () => {
    const a = attribute(blocks('As Neil Gray put it, "Had he written more, he would be famous."'));
    expect(speakerOf(a, "Had he")?.name).toBe("Neil Gray");
  });
});

describe("names that look like professions", () => {
  it("a surname ending in -ist is still a name", () => {
    const a = attribute(blocks('"Every week costs us customers," said Marco Lindqvist, who runs a bakery on River Street.'));
    expect(speakerOf(a, "Every week")).toMatchObject({ name: "Marco Lindqvist", kind: "person", role: "runs a bakery on River Street" });
  });
});

describe("honest on pages nobody tuned it on", () => {
  it("a parenthesis opened after a full stop is a sentence of its own", () => {
    const a = attribute(
      blocks(
        'The two were wed in a self-scripted Zorg ceremony at a fair. ("The Zorg Empire has decided that we should marry," was how Tom Ridley described it.) Ella Brandt told the family.',
      ),
    );
    expect(speakerOf(a, "The Zorg")?.name).toBe("Tom Ridley");
  });

  it("'her' before a particle is an object, no sign of the gender of the name before it ('Quarrie cut her off')", () => {
    const a = attribute(
      blocks('Samuel Quarrie asked Ann Vole about the case. Quarrie cut her off: "No, I am not making that point."', '"From now on," he quipped, "I expect all briefs in verse."'),
    );
    expect(speakerOf(a, "From now")?.name).toBe("Samuel Quarrie");
  });

  it("an object pronoun after a name shows nobody's gender ('Ella Brandt found him')", () => {
    const a = attribute(
      blocks(
        'Ella Brandt found him at home. "He looked a little surprised," she wrote in an email.',
        'In 1997, Ella Brandt interviewed Tom Ridley for a fair. "No," he said. "You tell me one."',
      ),
    );
    expect(speakerOf(a, "He looked")?.name).toBe("Ella Brandt");
    expect(speakerOf(a, "No")?.name).toBe("Tom Ridley");
  });

  it("a cue right beside a one-word quote keeps it a quote even when its speaker stays unknown", () => {
    const a = attribute(blocks('"No," he said.'));
    expect(a.quotes.map((q) => [q.text, q.speakerId])).toEqual([["No,", null]]);
  });

  it("a weak verb right after a whole quote claims it; one further away does not", () => {
    const near = attribute(blocks('"A total disgrace," Tom Ridley called it.'));
    expect(speakerOf(near, "A total")?.name).toBe("Tom Ridley");
    const far = attribute(blocks('"We are leaving the city tomorrow morning." Later that week Tom Ridley called the plan a disgrace.'));
    expect(speakerOf(far, "We are")).toBeNull();
  });

  it("a kin or gendered noun beside a name shows its gender ('his aunt, Jane Starling')", () => {
    const a = attribute(
      blocks(
        'Tom Ridley was born in 1957. According to his aunt, Jane Starling, "He was brilliant from the start." He played chess and loved trains. "I never lost," he said.',
      ),
    );
    expect(speakerOf(a, "He was")?.name).toBe("Jane Starling");
    expect(speakerOf(a, "I never")?.name).toBe("Tom Ridley");
  });

  it("the article's own evidence of gender overrides one inferred from a resolved pronoun", () => {
    const a = attribute(blocks('Jo Park spoke first. "We won," he said.', 'Jo Park, Sam\'s wife, left early. "Bye," she said.'));
    expect(speakerOf(a, "Bye")?.name).toBe("Jo Park");
  });

  it("a name after 'a' only qualifies a thing ('a Tom Ridley novel')", () => {
    const a = attribute(blocks('Lena Berg praised the book. It was a Tom Ridley novel through and through. "I loved it," she said.'));
    expect(speakerOf(a, "I loved")?.name).toBe("Lena Berg");
  });

  it("'in North Bend, Oregon' is a place, not a person a pronoun could mean", () => {
    const a = attribute(blocks('An agreeable woman in her 80s, Jane Starling lives in North Bend, Oregon. "I cannot believe it," she said.'));
    expect(speakerOf(a, "I cannot")?.name).toBe("Jane Starling");
  });

  it("a preposition's object is no subject, and an object of unknown gender against a known subject is a tie", () => {
    const a = attribute(blocks('Mr. Tom Ridley wrote dense books. Critics filed them under Iceberg Fiction. "I have a horror of being obvious," he said.'));
    expect(speakerOf(a, "I have")).toBeNull();
  });

  it("a pronoun is never someone its own sentence names after it", () => {
    const a = attribute(
      blocks(
        'In his last years, Tom Ridley worked on a long novel. Lena Berg described it as "a spy romance." When he finished a chapter, he sent it to friends, including Berg and Gray. "It is not easy to write," he wrote.',
      ),
    );
    expect(speakerOf(a, "It is not")?.name).toBe("Tom Ridley");
  });

  it("a speaker only inferred is not someone the quote names ('easy for Mary Holt…,' she said)", () => {
    const a = attribute(
      blocks('Mary Holt took up singing at 54. Her son, Charlie Dunn, still laughs about it. "It could have been easy for Mary Holt to coast," she said.'),
    );
    expect(speakerOf(a, "It could")).toBeNull();
    // Named beside the quote, the speaker stands.
    const named = attribute(blocks('"Mary Holt never coasts," said Mary Holt.'));
    expect(speakerOf(named, "Mary Holt")?.name).toBe("Mary Holt");
  });

  it("'NAME and his team wrote': the named leader speaks for the group", () => {
    const a = attribute(blocks('"We suggest that the ice is thin," Lucas Ferro and his team wrote in the paper.'));
    expect(speakerOf(a, "We suggest")?.name).toBe("Lucas Ferro");
  });

  it("'the letter NAME wrote was …' describes the letter; the sentence's own cue speaks", () => {
    const a = attribute(blocks('Martha Reyes added that before his death, he and Tom had corresponded, and the letter Tom wrote was "kind and loving."'));
    expect(speakerOf(a, "kind and")?.name).toBe("Martha Reyes");
  });

  it("a caption's names are not in the text's pronoun chain", () => {
    const a = attribute([
      { text: "Tom Ridley was arrested in April for the call to the offices of Rep. Ana Ruiz.", kind: "paragraph" },
      { text: "Rep. Ana Ruiz speaks at the Capitol on July 25.", kind: "caption" },
      { text: 'During the call, he said, "somebody ought to stop her," the prosecutor\'s office said.', kind: "paragraph" },
    ]);
    expect(speakerOf(a, "somebody")?.name).toBe("Tom Ridley");
  });

  it("a heading starts a new chain: 'he' does not reach back into the section before", () => {
    const a = attribute([
      { text: "Many savers follow investor Warren Gale's favourite rule.", kind: "paragraph" },
      { text: "8. Pay off your mortgage", kind: "heading" },
      { text: 'Being mortgage free adds freedom. "So much of a good retirement is mental," he wrote.', kind: "paragraph" },
    ]);
    expect(speakerOf(a, "So much")).toBeNull();
  });

  it("one word followed by 'who' is a person ('Tommy — who goes by his first name')", () => {
    const a = attribute(blocks("Tommy — who only goes by his first name online — retired at 51.", '"So much of a good retirement is mental," he wrote.'));
    expect(speakerOf(a, "So much")?.name).toBe("Tommy");
  });

  it("a word that is a person only by its capital is no 'she' where merely named, only where it spoke", () => {
    const named = attribute(
      blocks(
        '"We hide the counts," said Zorgbook.',
        "Counts were hidden in Italy first.",
        "Then in Canada.",
        "Then everywhere.",
        'Many parents know little about Zorgbook. "I am ahead of every parent I know," she said.',
      ),
    );
    expect(speakerOf(named, "I am ahead")).toBeNull();
    const spoke = attribute(blocks('"We are hiring," said Harper. "It just connected," he said.'));
    expect(speakerOf(spoke, "It just")?.name).toBe("Harper");
  });

  it("an address or a town with a region code is no antecedent ('520 Elm Street, San Mateo, CA 94107')", () => {
    const a = attribute(blocks("You can mail us at 520 Elm Street, Suite 350, San Mateo, CA 94107.", '"I am ahead of every parent I know," she said.'));
    expect(speakerOf(a, "I am ahead")).toBeNull();
  });

  it("'the' before a capitalised name makes it a group or a thing, not a person a pronoun could mean", () => {
    const a = attribute(blocks('A half century on, the Doobie Sisters are still touring. "That is good, maybe we should go on the road," she said.'));
    expect(speakerOf(a, "That is good")).toBeNull();
  });

  it("'NAME is one of the first two women …' shows her gender", () => {
    const a = attribute(
      blocks(
        'During the call, Tom Ridley asked about the council. Ana Ruiz is one of the first two Zorgish women elected to the council.',
        'Later that day he said, "I will stop her."',
      ),
    );
    expect(speakerOf(a, "I will stop")?.name).toBe("Tom Ridley");
  });

  it("a sentence that opens with a plain verb is an instruction, not an inverted cue ('Email the writer at …')", () => {
    const a = attribute(blocks("Email the writer at tips@example.org.", '"I am ahead of every parent I know," she said.'));
    expect(speakerOf(a, "I am ahead")).toBeNull();
  });

  it("'Her heartbreak over NAME's death …' is still about her", () => {
    const a = attribute(
      blocks(
        'Vera Stahl left the business in the 1990s, she said. Her grief over Tom Ridley\'s death helped push her out. "When I started, I felt at home," she said.',
      ),
    );
    expect(speakerOf(a, "When I started")?.name).toBe("Vera Stahl");
  });

  it("a bare quote after one whose 'she' stayed unknown goes on in that unknown voice", () => {
    const a = attribute(blocks('"We won," said Mr. Tom Ridley. "I have a horror of being obvious," she said. "I always did."'));
    expect(speakerOf(a, "We won")?.name).toBe("Tom Ridley");
    expect(speakerOf(a, "I have")).toBeNull();
    expect(speakerOf(a, "I always")).toBeNull();
  });
});

describe("who 'he' and 'she' are, after dates, owners and other names", () => {
  it.each([
    ["a date", "On March 5 Tom Lee filed the suit. “We will win,” he said."],
    ["a year", "In 2019 Tom Lee founded the shop. “We will win,” he said."],
  ])("a name after %s is a person", (_name, text) => {
    expect(speakerOf(attribute(blocks(text)), "We will")?.name).toBe("Tom Lee");
  });

  it.each([
    ["an appositive", "Jo Lee, the man's lawyer, spoke. “We will appeal,” she said."],
    ["a predicate", "Jo Lee is the man's lawyer. “We will appeal,” she said."],
  ])("an owner's gender in %s is not the name's", (_name, text) => {
    expect(speakerOf(attribute(blocks(text)), "We will")?.name).toBe("Jo Lee");
  });

  it("another person who shares a first name, named after the pronoun, does not rule the speaker out", () => {
    const a = attribute(blocks("Coach Mike Dunn met the press. “We played hard,” he said, praising quarterback Mike Ross."));
    expect(speakerOf(a, "We played")?.name).toBe("Mike Dunn");
  });

  it("the same surname named after the pronoun still rules the speaker out", () => {
    const a = attribute(blocks("Coach Mike Dunn met the press. “We played hard,” he told reporters who had asked Dunn about the loss."));
    expect(speakerOf(a, "We played")?.name).not.toBe("Mike Dunn");
  });

  it("a name after an ordinal is a thing, not the singer", () => {
    const text = "Jo Lee sings with the Zorg Brothers. The Zorg Brothers 50th Anniversary Tour starts in June. Later the singer and guitarist told the audience, “That is really good.”";
    expect(speakerOf(attribute(blocks(text)), "That is")?.name).toBe("Jo Lee");
  });
});

describe("who opens a sentence, for a later 'he' or 'she'", () => {
  const before = "Tom Lee won the state. “This was the moment,” he said.";
  it.each([
    ["a name before a role and another name qualifies them", "Lee consultant Ben Quarrie, a pollster, picked up the thread.", "Ben Quarrie"],
    ["a party word before a role is no name", "Republican front-runner Ben Quarrie was the first to weigh in.", "Ben Quarrie"],
    ["a noun before 'of' and a name is no part of the name", "Footage of Ben Quarrie then appears.", "Ben Quarrie"],
  ])("%s", (_name, sentence, speaker) => {
    const a = attribute(blocks(before, `${sentence} “Voters are beginning to see it,” he said.`));
    expect(speakerOf(a, "Voters")?.name).toBe(speaker);
  });

  it("'the conference speaker' is the person the article described as a speaker, and nobody when two were", () => {
    const one = attribute(blocks("Corporate speaker Ben Quarrie met Tom Lee.", "“My dear friend,” the conference speaker says."));
    expect(speakerOf(one, "My dear")?.name).toBe("Ben Quarrie");
    const two = attribute(blocks("Corporate speaker Ben Quarrie met motivational speaker Tom Lee.", "“My dear friend,” the conference speaker says."));
    expect(speakerOf(two, "My dear")?.name).not.toBe("Ben Quarrie");
  });

  it("'the future President' is the person introduced as President-elect, a capitalised title as well as a lower-case one", () => {
    const a = attribute(blocks("President-elect Jo Vole met Tom Lee on Monday.", "“I regret the delay,” the future President said in a video."));
    expect(speakerOf(a, "I regret")?.name).toBe("Jo Vole");
    const b = attribute(blocks("President Jo Vole met Tom Lee on Monday.", "“I regret the delay,” the President said in a video."));
    expect(speakerOf(b, "I regret")?.name).toBe("Jo Vole");
  });

  it("a description between dashes stands between the name and its verb", () => {
    expect(speakerOf(attribute(blocks("Jo Lee — a teacher from Quillton — says the vote was “a big deal.”")), "a big")?.name).toBe("Jo Lee");
  });

  it.each([
    ["Senate Majority Whip Ben Quarrie", "Ben Quarrie"],
    ["Archbishop Ben Quarrie", "Ben Quarrie"],
  ])("a title is no part of the name: %s", (phrase, name) => {
    expect(speakerOf(attribute(blocks(`“We will see,” said ${phrase}.`)), "We will")?.name).toBe(name);
  });
});

describe("names that do not speak", () => {
  it.each([
    ["a sentence-opening adverb", 'Earlier, "We will rebuild the city" was the slogan.'],
    ["a platform", '"We will rebuild the city," Instagram wrote.'],
  ])("%s gives no speaker rather than a wrong one", (_name, text) => {
    const a = attribute(blocks(text));
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]!.speakerId).toBeNull();
  });

  it("a place spoken of is not the speaker", () => {
    const a = attribute(blocks('"We will rebuild the city," Maria Lopez said of Washington\'s position.'));
    expect(speakerOf(a, "We will")?.name).toBe("Maria Lopez");
  });

  it("a statement issued by someone's campaign is not theirs", () => {
    const a = attribute(blocks('Maria Lopez\'s campaign released a statement saying the city "will be rebuilt."'));
    expect(speakerOf(a, "will be")?.name ?? null).not.toBe("Maria Lopez");
  });

  it("a given name tells the gender a pronoun must match", () => {
    const a = attribute(blocks("Tom Baker met Maria Lopez in Oslo on Monday.", '"We will rebuild the city," she said.'));
    expect(speakerOf(a, "We will")?.name).toBe("Maria Lopez");
  });
});

describe("a pronoun's evidence, measured apart by how far back its antecedent is", () => {
  it("is a plain pronoun within the paragraph before, a far one two paragraphs back or more", () => {
    const near = attribute(blocks("Maria Lopez toured the port on Monday.", '"We will rebuild the city," she said.'));
    expect(near.quotes[0]!.rule).toBe("adjacentCue/pronoun");
    const far = attribute(blocks("Maria Lopez toured the port on Monday.", "The port was shut in May.", "Cranes stood idle for weeks.", '"We will rebuild the city," she said.'));
    expect(far.quotes[0]!.rule).toBe("adjacentCue/farPronoun");
  });

  it("is a thing pronoun for 'it said'", () => {
    const a = attribute(blocks("The Quill Harbour Authority closed the port on Monday.", '"We will rebuild the city," it said.'));
    expect(a.quotes[0]!.rule).toBe("adjacentCue/thingPronoun");
  });
});

describe("a participle cue after an opening clause", () => {
  it("speaks for the main clause's subject, not for a cue inside the opening clause", () => {
    const a = attribute(blocks('Tom Quarrie wrote the book. If Kit Bell actually read it, Quarrie would be surprised, telling reporters, “I doubt he read a page.”'));
    expect(speakerOf(a, "I doubt")?.name).toBe("Tom Quarrie");
    const told = attribute(blocks('Kit Bell said the plan had failed, adding, “We will try again.”'));
    expect(speakerOf(told, "We will")?.name).toBe("Kit Bell");
  });
});

describe("a description's evidence, measured apart by its determiner", () => {
  it("is an indefinite description for someone unnamed, a definite one otherwise", () => {
    const one = attribute(blocks('“If the flaw is open,” said one bank security officer, pointing at old systems, “then you will fall prey to it.”'));
    expect(one.quotes[1]!.rule).toBe("nearCue/description");
    expect(speakerOf(one, "then you")?.name).toBe("bank security officer");
    const the = attribute(blocks('“If the flaw is open,” said the bank security officer, pointing at old systems, “then you will fall prey to it.”'));
    expect(the.quotes[1]!.rule).toBe("nearCue/definiteDescription");
  });
});

describe("a partial quote in a sentence without a cue", () => {
  it("is the words of the sentence's subject after a dateline", () => {
    const a = attribute(blocks('QUILLTON, Aug. 24 (QNS) — Maria Lopez credited her rival\'s victory to "a closed primary, where independents are not allowed to vote."'));
    expect(speakerOf(a, "a closed")?.name).toBe("Maria Lopez");
  });

  it("is the words of a subject whose name comes after its title", () => {
    const a = attribute(blocks('Republican presidential front-runner Jo Lee mocked the "parade of empty promises and broken deals."'));
    expect(speakerOf(a, "parade of")?.name).toBe("Jo Lee");
  });

  it("is the words of the sentence's subject after a dateline whose place opens with a two-letter word", () => {
    const a = attribute(blocks('LA QUILLA, Ruritania — Maria Lopez credited her rival\'s victory to "a closed primary, where independents are not allowed to vote."'));
    expect(speakerOf(a, "a closed")?.name).toBe("Maria Lopez");
  });

  it("is not the report's when someone called it so", () => {
    const a = attribute(blocks('QUILLTON, Aug. 24 (QNS) — An aide to Maria Lopez called a report suggesting donors were given access "outrageous."'));
    expect(speakerOf(a, "outrageous")?.name ?? null).not.toBe("QUILLTON");
  });

  it("is the words of the person who opens the sentence as its subject", () => {
    const a = attribute(blocks('Maria Lopez credited her rival\'s victory to "a closed primary, where independents are not allowed to vote."'));
    expect(speakerOf(a, "a closed")?.name).toBe("Maria Lopez");
    expect(a.quotes[0]!.rule).toBe("weakCue/clauseSubject");
  });

  it("is not the object of an opening gerund's preposition ('Working on Zorg Land allowed …')", () => {
    const a = attribute(blocks('Working on Zorg Land allowed Jo Lee to "do some of the dances I wish I had learned as a kid."'));
    expect(speakerOf(a, "do some")?.name ?? null).not.toBe("Zorg Land");
  });

  it("is the subject's when a word of saying in the sentence made no cue, measured apart", () => {
    const a = attribute(blocks('Jo Lee interrupted the meeting on Monday to announce the plan was "a done deal for the town."'));
    expect(speakerOf(a, "a done deal")?.name).toBe("Jo Lee");
    expect(a.quotes[0]!.rule).toBe("weakCue/clauseSubjectUnread");
  });

  it("is not the subject's when the word of saying is someone's ('Vole's claim')", () => {
    const a = attribute(blocks('Quillfact seized on Ann Vole\'s claim that there were "thousands of voters" in the square.'));
    expect(speakerOf(a, "thousands")?.name ?? null).not.toBe("Quillfact");
  });

  it("goes on in someone else's words reported just before", () => {
    const b = attribute(blocks('According to Tom Ridley, Maria Lopez "was beginning to vanish" from the trade. She "became more and more intermittent with calls and letters."'));
    expect(speakerOf(b, "became")?.name ?? null).not.toBe("Maria Lopez");
  });
});

describe("a question or exclamation quoted before its cue", () => {
  it("keeps its cue when an appositive stands between the name and the verb", () => {
    const a = attribute(blocks('"Not our work, but we love it!" Jo Lee, the head of Quill Action, tweeted.', '"Can we win?" Dan Ruffo, the campaign\'s new manager, asked.'));
    expect(speakerOf(a, "Not our work")?.name).toBe("Jo Lee");
    expect(speakerOf(a, "Can we win")?.name).toBe("Dan Ruffo");
  });

  it("lets the writer's own full stop end a sentence before a name, its appositive and a verb", () => {
    const a = attribute(blocks('Vole stunned the room with a claim. Ann Ruiz, a historian who was there, recalled, "Out of nowhere, she said we would lose."'));
    expect(speakerOf(a, "Out of nowhere")?.name).toBe("Ann Ruiz");
  });
});

describe("a participle after a quotation that keeps its comma inside the marks", () => {
  it("continues the clause of the sentence's subject", () => {
    const a = attribute(blocks('The Quill Foundation did not want to address "that person," telling a radio station that the group is focused on "ending senseless violence."'));
    expect(speakerOf(a, "that person")?.name).toBe("Quill Foundation");
    expect(speakerOf(a, "ending")?.name).toBe("Quill Foundation");
  });

  it("does not make the subject speak someone else's words the clause talks about", () => {
    const a = attribute(blocks('LA QUILLA, Ruritania — Gov. Jo Lee on Thursday blamed the press for Ann Vole\'s claim that the mayor "founded the gang," saying reporters missed the point.'));
    expect(speakerOf(a, "founded")?.name ?? null).not.toBe("Jo Lee");
  });
});

describe("sentences near this session's rules that must give no wrong speaker", () => {
  const speaker = (paragraphs: string[], quote: string): string | null => speakerOf(attribute(blocks(...paragraphs)), quote)?.name ?? null;

  it("an object verb after a quote inside the subject's clause does not invert", () => {
    expect(speaker(['The Harbour report, which called the cuts "savage," criticised Ann Vole.'], "savage")).not.toBe("Ann Vole");
  });

  it("a statement someone else wrote or owns is not the publisher's", () => {
    expect(speaker(["Harbour Police released a statement from the family of Tom Quarrie on Tuesday.", '"He was a loving father," the statement said.'], "He was")).not.toBe("Harbour Police");
    expect(speaker(["Jo Lee shared the Quill Party's statement on Monday.", '"We will not be silenced," the statement said.'], "We will not")).not.toBe("Jo Lee");
  });

  it("words said to the subject of a passive, or a noun of others' words, are not the subject's", () => {
    expect(speaker(['Ann Vole was urged by party elders to "step aside for the good of the country."'], "step aside")).not.toBe("Ann Vole");
    expect(speaker(['Jo Lee has been warned repeatedly that the bridge is "an accident waiting to happen."'], "an accident")).not.toBe("Jo Lee");
    expect(speaker(['Jo Lee rejected claims by the Quill Party that she was "a puppet of Zorgco."'], "a puppet")).not.toBe("Jo Lee");
  });

  it("a name and its appositive after a quoted exclamation need a verb that ends the clause", () => {
    expect(speaker(['Jo Lee shouted "Enough!" Tom Quarrie, her deputy, said nothing.'], "Enough")).not.toBe("Tom Quarrie");
  });

  it("a quote set off by commas as a noun's name is not the words of the participle's subject", () => {
    expect(speaker(['Tom Quarrie held up the Harbour Herald front page, "Vole must go now," telling reporters it was unfair.'], "Vole must go")).not.toBe("Tom Quarrie");
  });

  it("a verb between the opening words and a titled name is no title", () => {
    expect(speaker(['Angry farmers met Agriculture Minister Ann Vole with shouts of "shame on you" on Tuesday.'], "shame")).not.toBe("Ann Vole");
  });

  it("a paragraph between that names someone else who may speak stops the last speaker's words", () => {
    expect(speaker(['"We will build the bridge," Jo Lee said.', "Lee was repeatedly interrupted by hecklers.", '"Liar! You promised us a hospital!"'], "Liar")).not.toBe("Jo Lee");
  });

  it("a work's title followed by a past verb and a name is no cue", () => {
    expect(speaker(['The documentary, "Tomorrow we rise again," featured Tom Quarrie.'], "Tomorrow")).not.toBe("Tom Quarrie");
  });
});

describe("a cue the reader does not know", () => {
  it("gives the quote to the name right beside a past verb that closes the quote's sentence", () => {
    const a = attribute(blocks('"We are done here," said Ann Vole.', '"Not so fast, my friends," deadpanned Tom Quarrie.', '"Or maybe faster than that," Jo Lee deadpanned.'));
    expect(speakerOf(a, "Not so fast")?.name).toBe("Tom Quarrie");
    expect(speakerOf(a, "Or maybe")?.name).toBe("Jo Lee");
    expect(a.quotes[1]!.rule).toBe("unreadCue");
  });

  it("keeps the last speaker from going on when more words stand around the name", () => {
    const a = attribute(blocks('"We are done here," said Ann Vole.', '"Not so fast, my friends," an angry Tom Quarrie retorted.'));
    expect(speakerOf(a, "Not so fast")?.name ?? null).not.toBe("Ann Vole");
  });

  it("is no cue when the words after the quote are a phrase about someone ('for the self-styled Quill Front')", () => {
    const a = attribute(blocks('Jo Lee called the mayor "the most valuable player" for the self-described Quill Front.'));
    expect(speakerOf(a, "the most valuable")?.name ?? null).not.toBe("Quill Front");
  });
});

describe("a quote paragraph after a paragraph that quotes nothing", () => {
  it("is the last speaker's when that paragraph is about the speaker alone", () => {
    const a = attribute(blocks('"We can win this," Jo Lee said at the rally.', "Lee sounds confident about the count, and calm.", '"Nobody else can hold the party together."'));
    expect(speakerOf(a, "Nobody else")?.name).toBe("Jo Lee");
    expect(a.quotes[1]!.rule).toBe("previousParagraph/subject");
  });

  it("is no one's when that paragraph is about someone else too", () => {
    const a = attribute(blocks('"We can win this," Jo Lee said at the rally.', "Ann Vole disagreed with the count, and Lee did not answer her.", '"Nobody else can hold the party together."'));
    expect(speakerOf(a, "Nobody else")).toBeNull();
  });
});

describe("a paragraph that ends in a colon", () => {
  it.each([
    ["an inverted cue", ["Stated Maria Lopez:", '"We will rebuild the city, stone by stone."']],
    ["a cue with a title", ["Reporter Maria Lopez says:", '"Well, the eyewitness describes the city as a front line."']],
    ["a weak verb", ["Maria Lopez spoke first. Then Lopez continued:", '"We will rebuild the city, stone by stone."']],
    ["a subject without a cue", ["Maria Lopez took the moderators to task:", '"We will rebuild the city, stone by stone."']],
  ])("hands the quote opening the next paragraph to its speaker (%s)", (_name, paragraphs) => {
    const a = attribute(blocks(...paragraphs));
    expect(speakerOf(a, paragraphs[1]!.slice(1, 6))?.name).toBe("Maria Lopez");
  });
});

describe("pronoun agreement", () => {
  it("a he or she never stands for a plural description", () => {
    const a = attribute(blocks('Maria Lopez also asserted that unnamed harbour officials agree with her. "We will rebuild the city," she said.'));
    expect(speakerOf(a, "We will")?.name).toBe("Maria Lopez");
  });
});

describe("two people joined by 'and'", () => {
  it("are two people, each a speaker by surname later ('Lee: “…”')", () => {
    const a = attribute(blocks("Maria Lopez and Tom Ridley reject the term.", 'Lopez: "Our goal is to rebuild the city." Ridley: "The mission is to rebuild it."'));
    expect(speakerOf(a, "Our goal")?.name).toBe("Maria Lopez");
    expect(speakerOf(a, "The mission")?.name).toBe("Tom Ridley");
  });
});

describe("a name right before the colon that opens a quote", () => {
  it.each([
    ["a dash label", 'POLLS HELD UP WELL - Harbour Research: “All the samples include more engaged voters.”', "Harbour Research"],
    ["a full name the sentence ends on", 'The anger does not surprise Republican pollster Maria Lopez: “People are tired of it.”', "Maria Lopez"],
  ])("is the speaker (%s)", (_name, text, speaker) => {
    const a = attribute(blocks(text));
    expect(speakerOf(a, "")?.name).toBe(speaker);
    expect(a.quotes[0]!.rule).toBe("colonIntroduction/nameBeforeColon");
  });
});

describe("a verb that hands straight over to a quote", () => {
  it.each([
    ["a verb of manner before the quote", 'At the rally, Tom Quarrie quipped, "It is like a pilot who hates flying, frankly."', "Tom Quarrie"],
    ["an opinion verb before the quote", 'Jo Lee spoke about the plan. She continued, "It is not about the money, it is about trust."', "Jo Lee"],
    ["'shot back'", 'After the debate, Ann Vole shot back, "I could have stayed in bed today, and that is that."', "Ann Vole"],
    ["'went on to say' after a coordinated clause", 'Tom Dean joked that the city was his answer, but went on to say, "There are places here that are dangerous."', "Tom Dean"],
  ])("reports the whole quote (%s)", (_name, text, speaker) => {
    expect(speakerOf(attribute(blocks(text)), "")?.name).toBe(speaker);
  });

  it("but a verb of manner that only opens the sentence does not", () => {
    const a = attribute(blocks('Audience members laughed when the band came on. "It was the best night of the year, by far."'));
    expect(speakerOf(a, "It was")).toBeNull();
  });
});

describe("an inverted cue whose speaker comes after words of description", () => {
  it.each([
    ["a lower-case modifier and ranks", '"I fundamentally disagree," said retired Army Lt. Gen. Tom Quarrie, who served in Ruritania. "The bottom line is that it has not worked."', "Tom Quarrie"],
    ["a capitalised body, a modifier and a party", '"They are loading on the secretary," said Oversight ranking Democrat Ann Vole (D-Md.). "They are spending their final days on this."', "Ann Vole"],
    ["an ordinal rank", '"I really do not understand how it happened," said Air Force 1st Lt. Tom Dean. "I was hoping we would see something else."', "Tom Dean"],
  ])("names the speaker of both quotes (%s)", (_name, text, speaker) => {
    const a = attribute(blocks(text));
    expect(a.quotes.map((q) => a.speakers.find((s) => s.id === q.speakerId)?.name)).toEqual([speaker, speaker]);
  });

  it("still reads a name without description whole", () => {
    expect(speakerOf(attribute(blocks('"It is over," said Jo Ann Vole.')), "")?.name).toBe("Jo Ann Vole");
  });
});

describe("a quote the word 'campaign' follows", () => {
  it("is a statement when a comma hands it to a speaker", () => {
    const a = attribute(blocks("Officials spoke on Monday.", '"He will enter a plea of not guilty," campaign spokeswoman Jo Lee said.'));
    expect(speakerOf(a, "He will")?.name).toBe("Jo Lee");
  });

  it("is a campaign's name without one", () => {
    const a = attribute(blocks('The city launched the "Meth. We are on it." campaign on Monday, Jo Lee said.'));
    expect(a.quotes).toHaveLength(0);
  });

  it("is words the sentence goes on in when 'the' opens a new noun after it", () => {
    const a = attribute(blocks('Jo Lee said applicants "may try to get around" the program.'));
    expect(speakerOf(a, "may try")?.name).toBe("Jo Lee");
  });

  it("is words, not a title, when it opens in lower case after the word 'campaign'", () => {
    const a = attribute(blocks('Jo Lee said she expects the campaign "to keep pressing the ferry question."'));
    expect(speakerOf(a, "to keep")?.name).toBe("Jo Lee");
  });
});

describe("a place shaped like a full name", () => {
  it("is no one a 'he' may stand for", () => {
    const a = attribute(blocks("Tom Dean spoke for an hour. The crowd waited outside Zorg Tower until the end.", '"He never paid what he owed," he said.'));
    expect(speakerOf(a, "He never")?.name).toBe("Tom Dean");
  });
});

describe("a quote signed by a dash and a name", () => {
  it("is the signer's, one by one down a list of readers' comments", () => {
    const a = attribute(blocks(
      "Readers shared their thoughts on the debate.",
      "“He represents our greatest shame.” ― Ann Vole",
      "“During the debate he said we live in hell. He is ignorant of our lives.”― Tom Quarrie",
      "“Maybe we can build a wall around him.” — Jo Lee.",
    ));
    expect(a.quotes.map((q) => a.speakers.find((s) => s.id === q.speakerId)?.name)).toEqual(["Ann Vole", "Tom Quarrie", "Jo Lee"]);
    expect(a.quotes[0]!.rule).toBe("signature");
  });

  it("but not when the dash opens a clause that goes on", () => {
    const a = attribute(blocks("“We were up all night for this” — Ann Vole and the council then went home, and the vote was close."));
    expect(a.quotes[0]?.speakerId ?? null).toBeNull();
  });
});

describe("a name that qualifies a noun after 'a'", () => {
  it("is no subject of the speech verb that noun looks like", () => {
    const a = attribute(blocks("Ann Vole is describing as “unhinged” a Tom Dean tweet attacking a former rival."));
    expect(speakerOf(a, "unhinged")?.name).toBe("Ann Vole");
  });
});

describe("a delegate's title", () => {
  it("is a title, not part of the name", () => {
    const a = attribute(blocks('"This is a waste of time," said Del. Ann Vole.'));
    expect(speakerOf(a, "This")?.name).toBe("Ann Vole");
  });
});

describe("a description that stands for someone named", () => {
  it("gives their role and party when the article gives no other", () => {
    const a = attribute(blocks("Tom Quarrie says he is under attack because of his rise in the polls.", '"There is no question I am getting special scrutiny," the Republican presidential candidate told reporters.'));
    expect(speakerOf(a, "There is")).toMatchObject({ name: "Tom Quarrie", role: "presidential candidate", affiliation: "Republican" });
  });

  it("but a place in it is where they serve, not whom they speak for", () => {
    const a = attribute(blocks("Tom Quarrie says he is under attack because of his rise in the polls.", '"There is no question I am getting special scrutiny," the Texas senator told reporters.'));
    expect(speakerOf(a, "There is")).toMatchObject({ name: "Tom Quarrie", affiliation: null });
  });
});

describe("a cue after a quote that belongs to what follows", () => {
  it("opens a clause of its own with someone named: the quote stays with its own sentence's speaker", () => {
    const a = attribute(blocks('Ann Vole accuses the mayor of "leading from behind" and Tom Quarrie says he is "losing the city."'));
    expect(speakerOf(a, "leading")?.name).toBe("Ann Vole");
    expect(speakerOf(a, "losing")?.name).toBe("Tom Quarrie");
  });

  it("hands over to the next quote with a colon", () => {
    const a = attribute(blocks('After Ann Vole said that some students might do better at "less advanced schools," Tom Quarrie said: "I do not like what she said."'));
    expect(speakerOf(a, "less advanced")?.name).toBe("Ann Vole");
    expect(speakerOf(a, "I do not")?.name).toBe("Tom Quarrie");
  });

  it("but not a description joined by 'and', nor 'and he' going on in the same voice", () => {
    const a = attribute(blocks('"It is fun to think about," lab scientist and study co-author Tom Quarrie said.'));
    expect(speakerOf(a, "It is")?.name).toBe("Tom Quarrie");
  });
});

describe("nobody speaks of themselves by name", () => {
  it("but a place in a description taken for a name is no self-mention", () => {
    const a = attribute(blocks('"It is hers to lose at this point," said one Ruritania Democrat. "Local officials roll their eyes at that kind of talk in Ruritania."'));
    expect(speakerOf(a, "Local officials")?.name).toBe(speakerOf(a, "It is hers")?.name);
  });

  it("while a surname inside the quote still rules the last speaker out", () => {
    const a = attribute(blocks('"It takes no courage to stand here," Quarrie said. "If Ann Quarrie could do that, so can you."'));
    expect(speakerOf(a, "If Ann")).toBeNull();
  });
});

describe("a known place between a role's preposition and a name", () => {
  it("is no part of the name", () => {
    const a = attribute(blocks('Another diplomat, former special envoy to Norway Kurt Vole, changed his account. "I was wrong," Vole said.'));
    expect(speakerOf(a, "I was")?.name).toBe("Kurt Vole");
  });

  it("but a given name that is also a place stays", () => {
    const a = attribute(blocks('"I was wrong," said Georgia Ann Vole.'));
    expect(speakerOf(a, "I was")?.name).toBe("Georgia Ann Vole");
  });
});

describe("titles before a name", () => {
  it.each([
    ['"Let us begin," Co-moderator Jo Lee said.', "Co-moderator"],
    ['"No," said Moderator Tom Quarrie.', "Moderator"],
    ['"Yes," Ex-Governor Ray Cole said.', "Ex-Governor"],
  ])("%s: the title is the role, not part of the name", (text, role) => {
    const speaker = speakerOf(attribute(blocks(text)), "");
    expect(speaker?.role).toBe(role);
    expect(speaker?.name.startsWith(role)).toBe(false);
  });
});

describe("names end where news writing ends them", () => {
  const nameOf = (text: string, quoteStart: string) => speakerOf(attribute(blocks(text)), quoteStart)?.name ?? null;

  it("a day after a name is when, not part of the name", () => {
    expect(nameOf("Later on Sunday, Vole posted a photo, writing “See you all next week.”", "See you")).toBe("Vole");
    expect(nameOf("Ohio Gov. Jo Harrow on Monday vetoed the bill. “We act now,” Harrow said.", "We act now")).toBe("Jo Harrow");
  });

  it("a person named after an owner that ends in a title word starts at the name", () => {
    expect(nameOf("Ohio State University's Dana Okafor agreed. “The race is close,” she said.", "The race")).toBe("Dana Okafor");
  });

  it("a verb after 'and' belongs to the clause it ends, not to the sentence's first subject", () => {
    const text = "Ohio Gov. Jo Harrow on Monday vetoed the bill, while Tom Quarrie, the former mayor, urged voters to “stay calm” and said the council should act.";
    expect(nameOf(text, "stay calm")).toBe("Tom Quarrie");
  });
});

describe("headline words and party tags around names", () => {
  const nameOf = (text: string, quoteStart: string) => speakerOf(attribute(blocks(text)), quoteStart)?.name ?? null;

  it("the name before a party tag and a comma is the subject", () => {
    const text = "On Friday in Dayton, OH, after the vote, Gov. Jo Harrow (R-OH), said, “We will keep going.”";
    expect(nameOf(text, "We will keep")).toBe("Jo Harrow");
  });

  it("a headline's verb of saying and a negated auxiliary are no names", () => {
    expect(nameOf("Jo Vole Visits Quillton, Urges Calm Over Flood. Speaking later, he warned: “The storm is coming.”", "The storm")).not.toBe("Urges Calm Over Flood");
    expect(nameOf("Will the plan pass? Don’t Democrats need more votes? “We have enough,” he said.", "We have enough")).not.toBe("Don’t Democrats");
  });
});

describe("titles that name by rank or by given name", () => {
  const nameOf = (paragraphs: string[], quoteStart: string) => speakerOf(attribute(blocks(...paragraphs)), quoteStart)?.name ?? null;

  it("'Sir' with a given name is the one person of that given name", () => {
    expect(nameOf(["Dame Ann Quarrie became health secretary in 1990.", "Dame Ann had said the plan was “simple and fair” for patients."], "simple and fair")).toBe("Ann Quarrie");
  });

  it("a rank before a name is no part of it", () => {
    expect(nameOf(["“We searched all night,” said Airman Jo Vole."], "We searched")).toBe("Jo Vole");
  });
});

describe("a verb of manner right before its quote", () => {
  it("introduces the quote without a comma, so its own subject speaks", () => {
    const a = attribute(blocks("Quarrie said Marsh yelled “watch out!” and ran."));
    expect(speakerOf(a, "watch out")?.name).toBe("Marsh");
  });
});

describe("a courtesy title before a title word", () => {
  it("'Mr. King' is a man named King, the same one as the full name", () => {
    const a = attribute(blocks("“Every vote counts,” said Jo King, a Quill Party official.", "Mr. King and Mr. Vole will speak on Monday. “We will be there,” Mr. King said."));
    expect(speakerOf(a, "We will be there")).toMatchObject({ name: "Jo King", affiliation: "Quill Party" });
  });
});

describe("unnamed people described by what they are to the story", () => {
  it("'the patient', 'a passenger' speak as themselves", () => {
    const a = attribute(blocks("“I could not sleep for weeks,” the patient said.", "“We waited four hours,” a passenger said."));
    expect(speakerOf(a, "I could not")?.name).toBe("patient");
    expect(speakerOf(a, "We waited")?.name).toBe("passenger");
  });

  it("'an associate', 'one follower', 'another individual' speak as themselves", () => {
    const a = attribute(blocks("“He never listened,” said the associate.", "One follower wrote, “Please rest.”", "“Shameful,” another individual posted."));
    expect(speakerOf(a, "He never")?.name).toBe("associate");
    expect(speakerOf(a, "Please rest")?.name).toBe("follower");
    expect(speakerOf(a, "Shameful")?.name).toBe("individual");
  });

  it("a description ends where its relative clause begins: 'says a woman who auditioned in 1968'", () => {
    const a = attribute(blocks("“The feeling I got was strange,” says a woman who auditioned for the show in 1968."));
    expect(speakerOf(a, "The feeling")?.name).toBe("woman");
  });
});

describe("sentences near session 16's rules that must give no wrong speaker", () => {
  it.each([
    ["a relative clause's verb before 'according to'", "Mia Hart, who testified on Tuesday, was “visibly shaken,” according to a court officer.", "visibly", "court officer"],
    ["a clause joined by 'and' before 'according to'", "Jo Lee announced the plan in March, and according to Ann Vole, “nobody objected.”", "nobody", "Ann Vole"],
    ["a noun that looks like a verb of saying", "The claims, according to Ann Vole, are “entirely false.”", "entirely", "Ann Vole"],
    ["a participle after an opening phrase with no comma", "At the hearing Ann Vole accused Jo Lee of lying, saying, “Show us the receipts.”", "Show us", "Ann Vole"],
    ["someone else's words borrowed", "To put it in Jo Lee’s words, “the emperor has no clothes,” Ann Vole said.", "the emperor", "Ann Vole"],
    ["a view reported by another", "Jo Lee said that, in Ann Vole’s view, the plan was “a mistake.”", "a mistake", "Jo Lee"],
  ])("%s", (_name, text, quote, speaker) => {
    expect(speakerOf(attribute(blocks(text)), quote)?.name).toBe(speaker);
  });

  it.each([
    ["the name after a description's relative clause", "“The model is broken,” said a nurse who treated the boy, Kit Bell.", "The model"],
    ["a speaker denied", "Not one official would say whether the plan was “dead.”", "dead"],
  ])("%s is no speaker", (_name, text, quote) => {
    const a = attribute(blocks(text));
    const q = a.quotes.find((x) => x.text.startsWith(quote));
    const name = q?.speakerId ? a.speakers.find((s) => s.id === q.speakerId)!.name : null;
    expect(name === null || !/Kit Bell|official/u.test(name)).toBe(true);
  });

  it("a holiday's name may still be a person's or a company's", () => {
    expect(speakerOf(attribute(blocks("Ms. Easter said the ward was “full.”")), "full")?.name).toBe("Easter");
    expect(speakerOf(attribute(blocks("“It was a hard decision,” Advent said in a statement.")), "It was")?.name).toBe("Advent");
  });
});

describe("'according to' after a verb of saying", () => {
  it("is who passed the words on, never who said them", () => {
    const a = attribute(blocks("Tom Quarrie remarked to Ann Vole, “Look at him,” according to an aide who was in the room."));
    expect(speakerOf(a, "Look at")?.name).toBe("Tom Quarrie");
    const aide = a.speakers.find((s) => s.name === "aide");
    expect([...a.quotes, ...a.reported].filter((q) => aide && q.speakerId === aide.id)).toEqual([]);
  });
});

describe("a sentence's first word that is no name does not start the name after it", () => {
  it("drops an opener, a participle and a command before a name", () => {
    const a = attribute([
      { text: "Ann Vole toured the yard.", kind: "paragraph" },
      { text: 'Thus Vole called for a "devolved network of allied yards."', kind: "paragraph" },
      { text: 'Ask Dan Ruffo about the yard and he grins. "It was at a diner," he said.', kind: "paragraph" },
      { text: 'Embattled Harbour Port Authority chief Mia Hart said the port "will stay open."', kind: "paragraph" },
    ]);
    const speaker = (start: string) => a.speakers.find((s) => s.id === a.quotes.find((q) => q.text.startsWith(start))?.speakerId)?.name;
    expect(speaker("devolved")).toBe("Ann Vole");
    expect(speaker("It was at")).toBe("Dan Ruffo");
    expect(speaker("will stay")).toBe("Mia Hart");
  });
});

describe("a block ending with a photo credit is a caption", () => {
  it("keeps the photographer and the people pictured out of the chain a pronoun follows", () => {
    const a = attribute([
      { text: "Ann Vole spoke to the Harbour Gazette on Friday.", kind: "paragraph" },
      { text: '"We felt the difference," she said.', kind: "paragraph" },
      { text: "Mia Hart speaks at the dock in Harbour. (Ida Moss/Quill Wire)", kind: "paragraph" },
      { text: '"I feel that way about the town," she said.', kind: "paragraph" },
    ]);
    const q = a.quotes.find((x) => x.text.includes("that way"))!;
    expect(a.speakers.find((s) => s.id === q.speakerId)?.name).toBe("Ann Vole");
  });
});

describe("'the company said' after an outlet reported", () => {
  it("is the company the story is about, not the outlet that reported", () => {
    const a = attribute([
      { text: "Zorgton Shipping Co. is in the early stages of the plan. The Harbour Herald published an interview with its chief on Monday.", kind: "paragraph" },
      { text: '"We look forward to working with the port," the company said.', kind: "paragraph" },
    ]);
    const q = a.quotes.find((x) => x.text.includes("look forward"))!;
    expect(a.speakers.find((s) => s.id === q.speakerId)?.name).toBe("Zorgton Shipping Co.");
  });
});

describe("a quoted subhead", () => {
  it("does not go on with the speaker of the paragraph above", () => {
    const a = attribute([
      { text: '"We will stay as long as it takes," said Ann Vole, a member of the Harbour Council.', kind: "paragraph" },
      { text: "‘A messy, messy mess’", kind: "heading" },
      { text: '"This is what you would call a messy, messy mess," said Dan Ruffo, a retired police chief.', kind: "paragraph" },
    ]);
    const q = a.quotes.find((x) => x.text.includes("A messy") && !x.text.includes("call"))!;
    expect(q.speakerId === null ? null : a.speakers.find((s) => s.id === q.speakerId)?.name).not.toBe("Ann Vole");
  });
});

describe("a block ending with a labelled photo credit is a caption", () => {
  it("reads 'Photograph: NAME/AGENCY' and 'Photo by NAME' as credits, not 'the Quill Photo Archive'", () => {
    expect(endsWithPhotoCredit("Police stand guard on the bridge on Sunday. Photograph: Ida Moss/Quill Wire")).toBe(true);
    expect(endsWithPhotoCredit("Jo Lee at the dock. Photo by Ann Vole")).toBe(true);
    expect(endsWithPhotoCredit("The pictures are kept in the Quill Photo Archive")).toBe(false);
    expect(endsWithPhotoCredit("Lee said the deal was done (and/or signed)")).toBe(false);
  });
});

describe("words that only look like a speaker beside a pronoun", () => {
  it("'Filming began in the fall': a verb of saying only beside a quotation makes no cue of a gerund", () => {
    const a = attribute(blocks("Tom Quarrie is leaving the band. Filming began in the fall.", '"It is like three movies in one," he said.'));
    expect(speakerOf(a, "It is like")?.name).toBe("Tom Quarrie");
  });

  it("'Worse, as one executive said, …': the clause after the comma is no description of 'Worse'", () => {
    const a = attribute(blocks('All told, this wastes time. Worse, as one executive said, "I distrust most of them."'));
    expect(speakerOf(a, "I distrust")?.name).toBe("executive");
  });

  it("'She continued, …' is still a cue", () => {
    const a = attribute(blocks('Ann Vole spoke first. She continued, "We will not give up."'));
    expect(speakerOf(a, "We will not")?.name).toBe("Ann Vole");
  });
});

describe("the one recalled or heard saying something speaks", () => {
  it("'she recalls him saying', 'Lee heard Vole say:'", () => {
    const a = attribute(blocks(
      "Ann Vole met Tom Quarrie at the yard in 2004.",
      '"For a man in my position, it has to be quiet," she recalls him saying.',
      'Mia Hart heard Dan Ruffo say: "We will win this."',
    ));
    expect(speakerOf(a, "For a man")?.name).toBe("Tom Quarrie");
    expect(speakerOf(a, "We will win")?.name).toBe("Dan Ruffo");
  });
});

describe("a company by its short name", () => {
  it("'Zorgmax' after 'Zorgmax Co.' is the company, which 'the company said' then names", () => {
    const a = attribute(blocks(
      "Zorgmax Co. won a contract to build the tanker, the Air Force said on Monday.",
      "Zorgmax and Vorlex Corp plan to move production abroad. Zorgmax is in only the early stages of planning.",
      '"We look forward to working with the Air Force," the company said.',
    ));
    expect(speakerOf(a, "We look forward")).toMatchObject({ name: "Zorgmax Co.", kind: "organization" });
  });

  it("'American said' after 'American Airlines': a company's head word names it as a legal form does, though the short name is a nationality", () => {
    const a = attribute(blocks(
      "The airport is a hub for both American Airlines (AAL) and Quill Airways (QA). Both airlines said they were ready.",
      '"We are working closely with our vendors," American said in a statement.',
    ));
    expect(speakerOf(a, "We are working")).toMatchObject({ name: "American Airlines", kind: "organization" });
  });

  it("leaves a person of that surname a person", () => {
    const a = attribute(blocks(
      "Zorgmax Co. won a contract. Its founder, Ann Zorgmax, was pleased.",
      '"We worked for this," Zorgmax said.',
    ));
    expect(speakerOf(a, "We worked")).toMatchObject({ name: "Ann Zorgmax", kind: "person" });
  });
});

describe("a pronoun's gender", () => {
  it("'him' is not 'the woman' the article described", () => {
    const a = attribute(blocks(
      "Tom Quarrie ran the yard for years. The woman, then 25, asked for a job in 2004.",
      '"For a man in my position, it has to be quiet," she recalls him saying.',
    ));
    expect(speakerOf(a, "For a man")?.name).toBe("Tom Quarrie");
  });

  it("'her' after a listener is the subject's: 'told Quarrie that her ambition' makes no woman of Quarrie", () => {
    const a = attribute(blocks(
      "Tom Quarrie ran the yard for years. Ann Vole told Quarrie that her ambition was to sail.",
      'Quarrie invited her for a drink. "For a man in my position, it has to be quiet," she recalls him saying.',
    ));
    expect(speakerOf(a, "For a man")?.name).toBe("Tom Quarrie");
  });
});

describe("unnamed sources tied to what they know", () => {
  it("'a source close to the family said', 'said a person familiar with the talks'", () => {
    const a = attribute(blocks('"He is furious," a source close to the family said.', '"The deal is done," said a person familiar with the talks.'));
    expect(speakerOf(a, "He is furious")).toMatchObject({ name: "source close to the family", kind: "anonymous" });
    expect(speakerOf(a, "The deal")).toMatchObject({ name: "person familiar with the talks", kind: "anonymous" });
  });

  it("is never the named person the article is about", () => {
    const a = attribute(blocks("Ann Vole runs the Quill Group.", '"Ann is in the clouds," a person close to the Vole family said.'));
    expect(speakerOf(a, "Ann is in")?.name).not.toBe("Ann Vole");
  });

  it("'according to a person familiar with the case' is not whom a later 'he' stands for", () => {
    const a = attribute(blocks('In 2014, according to a person familiar with the case, Ann Vole recorded Tom Quarrie in his office. "You and I should talk," he said.'));
    expect(speakerOf(a, "You and I")?.name ?? null).not.toBe("person familiar with the case");
  });
});

describe("a name in the writer's parenthetical aside", () => {
  it("does not keep a 'he' earlier in the sentence from standing for that person", () => {
    const a = attribute(blocks('During the campaign, Tom Quarrie made regular promises to "take care" of workers. He named two groups in particular: the urban poor (who, for Quarrie, were a symbol) and the rural and Rust Belt victims of the crisis. "First, we have to support local clinics," he said.'));
    expect(speakerOf(a, "First, we")?.name).toBe("Tom Quarrie");
  });
});

describe("a title with its remit before a name", () => {
  it("'Chief of Staff Reince Vole' is a person, whatever the given name, and the remit runs on to a known given name", () => {
    const a = attribute(blocks('Chief of Staff Reince Vole said the team passed "with flying colors."', 'Deputy Director of Public Prosecution Eva-Marie Lund said it would "discontinue the inquiry."'));
    expect(speakerOf(a, "with flying")).toMatchObject({ name: "Reince Vole", kind: "person", role: "Chief of Staff" });
    expect(speakerOf(a, "discontinue")).toMatchObject({ name: "Eva-Marie Lund", role: "Deputy Director of Public Prosecution" });
  });
});

describe("names and sources the session's rules must leave alone (found by probing)", () => {
  it("keeps a name that opens with a participle or a word of saying after a quote", () => {
    const a = attribute(blocks('"Members are united," United Harbour Workers said.', '"We are ready," Hope Vole said.'));
    expect(speakerOf(a, "Members are")?.name).toBe("United Harbour Workers");
    expect(speakerOf(a, "We are ready")?.name).toBe("Hope Vole");
  });

  it("'according to Jo Lee, the club's chairman' is who a following 'he said' stands for", () => {
    const a = attribute(blocks('Dan Ruffo was sacked on Monday, according to Tom Quarrie, the club\'s chairman. "We wish him well," he said.'));
    expect(speakerOf(a, "We wish")?.name).toBe("Tom Quarrie");
  });

  it("'Jo Lee, from the Quill Institute said' and 'Jo Lee, a friend close to the family, said' are Jo Lee's", () => {
    const a = attribute(blocks('Jo Lee, from the Quill Institute said "the plan is dead."', 'Ann Vole, a friend close to the family, said: "They are devastated."'));
    expect(speakerOf(a, "the plan is")?.name).toBe("Jo Lee");
    expect(speakerOf(a, "They are devastated")?.name).toBe("Ann Vole");
  });

  it("'She continued:' hands over to the quote paragraph after it", () => {
    const a = attribute(blocks("Tom Quarrie spoke first. Then Ann Vole stood up. She continued:", '"We will not give up on this yard."'));
    expect(speakerOf(a, "We will not")?.name).toBe("Ann Vole");
  });

  it("a paragraph ending in '(A/B)' inside a sentence is no caption", () => {
    const a = attribute(blocks('Ann Vole signed the merger of the two yards (Quill/Harbour)', '"It is a good day," she said.'));
    expect(speakerOf(a, "It is a good")?.name).toBe("Ann Vole");
  });
});

describe("'X said …, according to OUTLET'", () => {
  it("does not give the words to the outlet that passed them on", () => {
    const a = attribute(blocks('"She is a tireless advocate," the president-elect said in a statement, according to Quill News.'));
    expect(speakerOf(a, "She is a")?.name ?? null).not.toBe("Quill News");
  });

  it("still reads 'according to X' where nobody said anything before it", () => {
    const a = attribute(blocks('The plan will "change everything," according to Jo Lee, the mayor.'));
    expect(speakerOf(a, "change everything")?.name).toBe("Jo Lee");
  });
});

describe("'-elect' titles", () => {
  it("'the president-elect said' is the person introduced as President-elect, not their transition team", () => {
    const a = attribute(blocks(
      "President-elect Tom Quarrie's transition team announced on Monday that Ann Vole will serve as an adviser.",
      '"Ann was with me from the beginning," the president-elect said in a statement.',
    ));
    expect(speakerOf(a, "Ann was with")?.name).toBe("Tom Quarrie");
  });
});

describe("'X said the following.'", () => {
  it("hands the next paragraph's quote to X, as a colon does", () => {
    const a = attribute(blocks("Asked about the briefings, Tom Quarrie said the following.", '"Well, I get them when I need them. I do not need to be told the same thing every day."'));
    expect(speakerOf(a, "Well, I get")?.name).toBe("Tom Quarrie");
  });
});

describe("'the actress said' after an article mostly about a man", () => {
  it("never falls back to a person of the other gender", () => {
    const a = attribute(blocks(
      "Director Tom Quarrie wrote the film in 2011. Mr. Quarrie pitched it for years. Quarrie then met Dan Ruffo.",
      'Ann Vole had just finished a play when she met Quarrie. "It was at a diner," the actress says.',
    ));
    expect(speakerOf(a, "It was at")?.name ?? null).not.toBe("Tom Quarrie");
  });
});

describe("an unnamed speaker described again", () => {
  it("'one former adviser said … the former adviser said' is the same unnamed person, not the named one the article is about", () => {
    const a = attribute(blocks(
      '"He listens to people," said Dan Ruffo, a top official at the Quill Party and an adviser to Tom Quarrie.',
      "A day later, one former adviser said he was sure Quarrie's words were meant for the crowd.",
      '"He is not going to fight them in that moment," the former adviser said.',
    ));
    expect(speakerOf(a, "He is not going")).toMatchObject({ kind: "anonymous", name: "former adviser" });
  });
});

describe("words before a name that are someone else's description", () => {
  it("'an adviser to Tom Quarrie' does not describe Quarrie as an adviser", () => {
    const a = attribute(blocks(
      "Dan Ruffo, a top official at the Quill Party and an adviser to Tom Quarrie, spoke first.",
      '"He is not going to fight them," the adviser said.',
    ));
    expect(speakerOf(a, "He is not going")?.name ?? null).not.toBe("Tom Quarrie");
  });
});

describe("a denied verb of saying", () => {
  it("'Tom Quarrie did not respond to a request for comment' claims no quote in its sentence", () => {
    const a = attribute(blocks(
      "\"This looks like a scare tactic,\" added Rep. Ann Vole, the top Democrat on the committee. \"I am sure many see this as 'a message of fear.'\" Committee Chairman Tom Quarrie did not respond to a request for comment.",
    ));
    expect(speakerOf(a, "I am sure")?.name ?? null).not.toBe("Tom Quarrie");
  });
});

describe("the second probe's guards", () => {
  it("'according to X' in a clause of its own after another clause's verb of saying is still X's", () => {
    const a = attribute(blocks('The union said it would strike, but according to its leader Dan Ruffo, "a deal is still possible."'));
    expect(speakerOf(a, "a deal is")?.name).toBe("Dan Ruffo");
  });

  it("'the mayor said' is the named mayor, not an unnamed deputy mayor described before", () => {
    const a = attribute(blocks("Mayor Jo Lee opened the bridge on Monday.", '"It is late," a deputy mayor said.', '"We are proud of it," the mayor said.'));
    expect(speakerOf(a, "We are proud")?.name).toBe("Jo Lee");
  });

  it("'Lee was asked the following.' does not hand the question to Lee", () => {
    const a = attribute(blocks("At the hearing, Ann Vole was asked the following.", '"Did you sign the order on Monday?"'));
    expect(speakerOf(a, "Did you sign")?.name ?? null).not.toBe("Ann Vole");
  });

  it("'not surprisingly said' is no denial", () => {
    const a = attribute(blocks('"We will win," Ann Vole not surprisingly said.'));
    expect(speakerOf(a, "We will win")?.name).toBe("Ann Vole");
  });
});

describe("a capitalised title before a comma describes the full name set off after it", () => {
  it("gives the quote to the name, with the title as role and its body as affiliation", () => {
    const a = attribute(blocks('QVF Chief Executive, Jo Lee, said: "It is a blow to every publican."', 'Quill Council Leader, Ann Vole, said the town was "ready."'));
    expect(speakerOf(a, "It is a blow")?.name).toBe("Jo Lee");
    expect(speakerOf(a, "It is a blow")?.affiliation).toBe("QVF");
    expect(speakerOf(a, "ready")?.name).toBe("Ann Vole");
  });
});

describe("an unnamed speaker introduced by another", () => {
  it("keeps the article's own words, determiner included, as a name for them", () => {
    const a = attribute(blocks('One person said the plan was fine. "I am blown away," another person said.'));
    expect(speakerOf(a, "I am blown")?.aliases).toContain("another person");
  });
});

describe("a byline the page did not mark is no one the article's pronouns mean", () => {
  it("gives \"she\" to the woman the story is about, not to its writer", () => {
    const a = attribute(
      blocks(
        "By Kit Bell",
        "When Ann Vole decided to open the bakery in 2011, she had no idea how hard the first winter would be.",
        '"My first thoughts were of the ovens," she says. "It was a huge decision."',
      ),
    );
    expect(speakerOf(a, "My first thoughts")?.name).toBe("Ann Vole");
  });
  it("reads only a short run of capitalised names after \"By\"", async () => {
    const { isByline } = await import("../../src/core/bylines");
    expect(isByline("By Kit Bell and Ann Vole, Quill Wire")).toBe(true);
    expect(isByline("By Tuesday, the council had voted.")).toBe(false);
    expect(isByline("By the time the ferry came, the quay was empty")).toBe(false);
  });
});

describe("verbs of gossip and posting report words right after a quote", () => {
  it("reads revealed, dished, teased and captioned as cues only beside the quote", () => {
    const a = attribute(
      blocks(
        'Ann Vole spoke about the tour. "We are going back on the road," she revealed. "It will be loud," Vole teased.',
        'Tom Quarrie posted a photo of the boat. "Home at last," he captioned it.',
      ),
    );
    expect(speakerOf(a, "We are going")?.name).toBe("Ann Vole");
    expect(speakerOf(a, "It will be loud")?.name).toBe("Ann Vole");
    expect(speakerOf(a, "Home at last")?.name).toBe("Tom Quarrie");
  });

  it("does not read a clause after 'revealed' as its speaker's", () => {
    const a = attribute(blocks('Ann Vole ran the depot. "Tell them nothing," the memo revealed Jo Lee had ordered.'));
    expect(speakerOf(a, "Tell them nothing")?.name).not.toBe("memo");
  });
});

describe("a clause opened by a participle before a description is no name with an appositive", () => {
  it("reads 'Speaking in the Commons, the Conservative MP said' as the MP the article named", () => {
    const a = attribute(
      blocks(
        'Tom Quarrie warned on Monday that the sector faces "mass job cuts" across the country.',
        'Speaking in the Commons, the Conservative MP said: "It does not need to be like this."',
      ),
    );
    expect(speakerOf(a, "It does not need")).toMatchObject({ name: "Tom Quarrie", affiliation: "Conservative" });
  });
});

describe("a time phrase between a subject and its verb", () => {
  it("keeps the subject: 'Mr. Quarrie last week said …' is Quarrie reporting, and the bare quote after goes on with him", () => {
    const a = attribute(
      blocks(
        "Mr. Tom Quarrie spoke first. Other members agreed.",
        'Mr. Quarrie last week said signal timing remains his major issue. "For me, there are still two things."',
        'Ann Vole on Tuesday said the plan was "a start."',
      ),
    );
    expect(speakerOf(a, "For me")?.name).toBe("Tom Quarrie");
    expect(speakerOf(a, "a start")?.name).toBe("Ann Vole");
  });

  it("keeps a pronoun subject: 'She last week said …'", () => {
    const a = attribute(blocks('Ann Vole chairs the board. She last week said the plan was "dead."'));
    expect(speakerOf(a, "dead")?.name).toBe("Ann Vole");
  });

  it("does not make a verb's object the subject: 'Officials who met Jo Lee on Tuesday said'", () => {
    const a = attribute(blocks('Officials who met Jo Lee on Tuesday said she was "determined to press ahead."'));
    expect(speakerOf(a, "determined")?.name).not.toBe("Jo Lee");
  });

  it("skips a reflexive that stresses the subject: 'As Quarrie himself noted'", () => {
    const a = attribute(blocks("Tom Quarrie won in 1992.", 'As Quarrie himself noted, "1992 killed the old party."'));
    expect(speakerOf(a, "1992 killed")?.name).toBe("Tom Quarrie");
  });
});
