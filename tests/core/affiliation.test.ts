import { describe, expect, it } from "vitest";
import { attribute } from "../../src/core/attribute";
import type { Attribution, TextBlock } from "../../src/core/attribution";

const blocks = (...paragraphs: string[]): TextBlock[] => paragraphs.map((text) => ({ text, kind: "paragraph" }));

function speakerOf(a: Attribution, quoteStart: string) {
  const q = a.quotes.find((x) => x.text.startsWith(quoteStart));
  if (!q) throw new Error(`no quote starting ${quoteStart}`);
  return q.speakerId ? a.speakers.find((s) => s.id === q.speakerId)! : null;
}

describe("a bare company role belongs to the company the sentence is about", () => {
  it("takes the subject when the article shows elsewhere that it is a company", () => {
    const a = attribute(
      blocks(
        'Zorblat was "pulled into the enterprise," CEO Jo Hart said Tuesday.',
        "Years ago Zorblat founder Ray Quill built the first device.",
      ),
    );
    expect(speakerOf(a, "pulled into")).toMatchObject({ name: "Jo Hart", role: "CEO", affiliation: "Zorblat" });
  });

  it("takes a subject whose name says it is an organisation", () => {
    const a = attribute(blocks('Quillon Corp. is "ready for this," founder and chief executive Jo Hart said.'));
    expect(speakerOf(a, "ready for")).toMatchObject({ name: "Jo Hart", affiliation: "Quillon Corp." });
  });

  it("stays silent when nothing shows the subject is a company (a place, a person, a product)", () => {
    const place = attribute(blocks('Zorblat was "hit hard by the storm," CEO Jo Hart said.'));
    expect(speakerOf(place, "hit hard")).toMatchObject({ name: "Jo Hart", role: "CEO", affiliation: null });
    const person = attribute(blocks("Ann Vole joined in May.", 'Vole was "a great hire," CEO Jo Hart said.'));
    expect(speakerOf(person, "a great hire")?.affiliation).toBeNull();
  });

  it("gives no company to roles that are not a company's", () => {
    const a = attribute(blocks('Zorblat was "hit hard," Mayor Jo Hart said.', "Zorblat founder Ray Quill agreed."));
    expect(speakerOf(a, "hit hard")?.affiliation).toBeNull();
  });
});

describe("a role named after an office", () => {
  it("belongs to the office the article names after it", () => {
    const a = attribute(
      blocks(
        "A man pleaded guilty, the District Attorney’s Office for the Northern District of Quill County announced Monday.",
        'District Attorney Jo Hart said the case shows "threats have consequences."',
      ),
    );
    expect(speakerOf(a, "threats have")).toMatchObject({ role: "District Attorney", affiliation: "District Attorney’s Office for the Northern District of Quill County" });
  });

  it("stays silent when the article names no such office", () => {
    const a = attribute(blocks('District Attorney Jo Hart said the case shows "threats have consequences."'));
    expect(speakerOf(a, "threats have")?.affiliation).toBeNull();
  });
});

describe("'the NOUN' in a description", () => {
  it("is the one organisation the article introduced with that noun", () => {
    const a = attribute(
      blocks(
        "The nurses, members of a new group Nurses for Clean Air, wrote to the council.",
        '"We are worried," said Dr. Ana Vole, a member of the group and signatory to the letter.',
      ),
    );
    expect(speakerOf(a, "We are")).toMatchObject({ name: "Ana Vole", role: "member of the group", affiliation: "Nurses for Clean Air" });
  });

  it("stays silent when two organisations were introduced with it, or none", () => {
    const two = attribute(
      blocks(
        "The group Nurses for Clean Air and the group Parents for Parks wrote to the council.",
        '"We are worried," said Dr. Ana Vole, a member of the group.',
      ),
    );
    expect(speakerOf(two, "We are")?.affiliation).toBeNull();
    const none = attribute(blocks('"We are worried," said Dr. Ana Vole, a member of the group.'));
    expect(speakerOf(none, "We are")?.affiliation).toBeNull();
  });
});

describe("a description before an organisation's name", () => {
  it.each([
    ["a firm introduced by its trade", "Lena Ruiz, research director at tech market research firm ZYX,", "ZYX"],
    ["a site introduced by a '-based' description", "Lena Ruiz, chief executive of the Oslo-based fact-checking website Vox Pop,", "Vox Pop"],
  ])("%s", (_name, intro, affiliation) => {
    const a = attribute(blocks(`${intro} spoke on Monday.`, '"We are ready," Ruiz said.'));
    expect(speakerOf(a, "We are")).toMatchObject({ name: "Lena Ruiz", affiliation });
  });

  it("a '-based' description alone is no organisation", () => {
    const a = attribute(blocks('"We are ready," said Lena Ruiz, chief executive of the Oslo-based startup.'));
    expect(speakerOf(a, "We are")?.affiliation).toBeNull();
  });
});

describe("descriptions in an appositive", () => {
  it("'a specialist on the … Council' serves on that body", () => {
    const a = attribute(blocks('"We were shocked," said Lt. Col. Ana Vole, a budget specialist on the Quill Security Council (QSC).'));
    expect(speakerOf(a, "We were")).toMatchObject({ name: "Ana Vole", affiliation: "Quill Security Council" });
  });

  it("'an expert on' a region is no affiliation", () => {
    const a = attribute(blocks('"We were shocked," said Ana Vole, an expert on the Northern Lakes.'));
    expect(speakerOf(a, "We were")?.affiliation).toBeNull();
  });

  it("a person named by first name is no organisation; the next description's owner is", () => {
    const a = attribute(
      blocks(
        "Ray Quill met his editor Lena Vole Hart at her office.",
        '"He wrote fast," Tom Vole Hart, Lena’s husband and Zorblat’s editor in chief, said.',
      ),
    );
    expect(speakerOf(a, "He wrote")).toMatchObject({ name: "Tom Vole Hart", affiliation: "Zorblat" });
    const alone = attribute(blocks("Ray Quill met his editor Lena Vole Hart.", '"He wrote fast," Tom Vole Hart, Lena’s husband, said.'));
    expect(speakerOf(alone, "He wrote")?.affiliation).toBeNull();
  });
});

describe("more ways an appositive names the organisation", () => {
  it.each([
    ["a bare title, then the organisation ending the sentence", '"Markets run ahead," said Ana Vole, Director, Quill Securities.', { role: "Director", affiliation: "Quill Securities" }],
    ["'of' a department, 'at' the organisation", '"Markets run ahead," said Ana Vole, Head of Research at Quill Securities.', { role: "Head of Research", affiliation: "Quill Securities" }],
    ["'of the' an organisation inside another", '"Markets run ahead," said Ana Vole, founding director of the Center for Water at Quill University.', { affiliation: "Center for Water" }],
    ["'who is now a ROLE at ORG'", '"Markets run ahead," said Ana Vole, who is now an immunologist at Quill University.', { role: "immunologist", affiliation: "Quill University" }],
    ["modifiers, an organisation, then the role", '"Markets run ahead," said Ana Vole, the principal deputy Quill Council press secretary.', { affiliation: "Quill Council" }],
    ["a '-in-chief' role", 'Zorblat editor-in-chief Ana Vole said: "Markets run ahead."', { role: "editor-in-chief", affiliation: "Zorblat" }],
    ["a shared 'co-' role", 'Zorblat co-host Ana Vole said: "Markets run ahead."', { role: "co-host", affiliation: "Zorblat" }],
    ["an acronym that spells a function word", 'AS spokeswoman Ana Vole said: "Markets run ahead."', { role: "spokeswoman", affiliation: "AS" }],
    ["a team's player", 'Zorblat defenseman Ana Vole said: "Markets run ahead."', { role: "defenseman", affiliation: "Zorblat" }],
  ])("%s", (_name, text, profile) => {
    expect(speakerOf(attribute(blocks(text)), "Markets")).toMatchObject({ name: "Ana Vole", ...profile });
  });

  it("a bare title followed by a place or a clause gives no organisation", () => {
    const place = attribute(blocks('"Markets run ahead," said Ana Vole, Director, Quill Springs.'));
    expect(speakerOf(place, "Markets")?.affiliation).toBeNull();
    const modifiersAndPlace = attribute(blocks('"Markets run ahead," said Ana Vole, the former Quill state senator.'));
    expect(speakerOf(modifiersAndPlace, "Markets")?.affiliation).toBeNull();
  });
});

describe("descriptions around the name in the writer's sentence", () => {
  it("'NAME at the ORG' followed by a verb names a place of work", () => {
    const a = attribute(blocks("When the immunologist Ana Vole at the Quill Institute looked closer, she saw it.", '"It was odd," Vole said.'));
    expect(speakerOf(a, "It was")?.affiliation).toBe("Quill Institute");
  });

  it("'NAME at the ORG hearing' is a place, not an employer", () => {
    const a = attribute(blocks("Ana Vole at the Senate hearing spoke last.", '"It was odd," Vole said.'));
    expect(speakerOf(a, "It was")?.affiliation).toBeNull();
  });

  it("an opening 'As a ROLE at ORG, NAME …' describes the subject, not the colleague", () => {
    const a = attribute(
      blocks(
        "Ray Quill works in the lab.",
        "As a lung biologist and a colleague of Quill’s at the Zorblat Institute, Ana Vole followed the work.",
        '"It was odd," Vole said.',
      ),
    );
    expect(speakerOf(a, "It was")).toMatchObject({ role: "lung biologist", affiliation: "Zorblat Institute" });
  });

  it("a later description of the present outranks the opening", () => {
    const a = attribute(
      blocks(
        "As a postdoc at Quill University in 2011, Ana Vole became fascinated with cells.",
        '"It was odd," said Vole, who is now an immunologist at Zorblat University.',
      ),
    );
    expect(speakerOf(a, "It was")?.affiliation).toBe("Zorblat University");
  });
});

describe("a name that only qualifies a common noun", () => {
  it.each([
    ["a crew", '"We made it," said Ana Vole, a member of the Quill 10 crew.'],
    ["a family", '"We made it," said Ana Vole, a friend of the Zorblat family.'],
  ])("%s is no affiliation", (_name, text) => {
    expect(speakerOf(attribute(blocks(text)), "We made")?.affiliation).toBeNull();
  });

  it("a later preposition may still name the organisation", () => {
    const a = attribute(blocks('"We made it," said Ana Vole, a member of the Quill 10 crew at the Zorblat Agency.'));
    expect(speakerOf(a, "We made")?.affiliation).toBe("Zorblat Agency");
  });
});

describe("a plural possessive", () => {
  it("'Zorblats' chief analyst' keeps its apostrophe and names the organisation", () => {
    const a = attribute(blocks("\"Prices will fall,\" Ana Vole, Zorblats' executive director of analysis, said in a statement."));
    expect(speakerOf(a, "Prices")).toMatchObject({ role: "executive director of analysis", affiliation: "Zorblats" });
  });

  it("a single-quoted word ending in s is still a quotation", () => {
    const a = attribute(blocks("She called the rules 'useless' and left, Ana Vole said."));
    expect(a.quotes.map((q) => q.text)).toContain("useless");
  });
});

describe("one of several", () => {
  it("'one of his editors at ORG' is an editor there", () => {
    const a = attribute(blocks('"Every book held a puzzle," said Bea Marsh, one of his editors at Quill Books.'));
    expect(speakerOf(a, "Every book")).toMatchObject({ name: "Bea Marsh", role: "editor", affiliation: "Quill Books" });
  });

  it("'one of the' without a role noun gives no role", () => {
    const a = attribute(blocks('"Every book held a puzzle," said Bea Marsh, one of the first readers of the draft.'));
    expect(speakerOf(a, "Every book")?.role).toBeNull();
  });
});

describe("an agent", () => {
  it("'his agent NAME' is an agent", () => {
    const a = attribute(blocks('Tom Ridley sold his first novel through his agent Vera Stahl. "It sold in a week," Stahl said.'));
    expect(speakerOf(a, "It sold")).toMatchObject({ name: "Vera Stahl", role: "agent" });
  });
});

describe("organisation names holding common words", () => {
  it("keeps 'Harbour Watch' whole as the affiliation of its president", () => {
    const a = attribute([{ text: '"We will rebuild the city," said Harbour Watch President Maria Lopez.', kind: "paragraph" }]);
    expect(a.speakers[0]).toMatchObject({ name: "Maria Lopez", affiliation: "Harbour Watch" });
  });
});

describe("an owner before a person's name", () => {
  it("gives the outlet or institute that owns the name as the affiliation", () => {
    const a = attribute([{ text: 'Acme Institute\'s Dana Prewitt called it a mess. "It will not pass," she said.', kind: "paragraph" }]);
    expect(a.speakers[0]).toMatchObject({ name: "Dana Prewitt", kind: "person", affiliation: "Acme Institute" });
  });
});
