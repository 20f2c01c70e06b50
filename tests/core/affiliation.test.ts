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

  it("an unnamed speaker's description gives their role, and the organisation after its modifiers", () => {
    const a = attribute(blocks("“We did not check the budgets,” a former Quill News executive said.", "“It was chaos,” said a senior administration official."));
    expect(speakerOf(a, "We did")).toMatchObject({ role: "former executive", affiliation: "Quill News" });
    expect(speakerOf(a, "It was")).toMatchObject({ role: "senior administration official", affiliation: null });
  });

  it("a clause's object is no employer, an elected role is no clause, a lower-case brand in brackets is one", () => {
    expect(speakerOf(attribute(blocks("“It failed,” said Jo Lee, a former Zorgmax engineer who now studies the Harbour Trust.")), "It failed")?.affiliation).not.toBe("Harbour Trust");
    expect(speakerOf(attribute(blocks("As the elected representative for Quillton, Ann Vole said the port was “our lifeline.”")), "our lifeline")?.role).toBe("elected representative");
    expect(speakerOf(attribute(blocks("“It failed,” said Kit Bell (eQuill).")), "It failed")?.affiliation).toBe("eQuill");
  });

  it("the outlet of an interview is no affiliation, after a degree too", () => {
    const a = attribute(blocks("According to author and psychologist Ann Vole, PhD in an interview with Zorgle, “sleep matters.”"));
    expect(speakerOf(a, "sleep")).toMatchObject({ name: "Ann Vole", affiliation: null });
  });

  it("a former employer yields to where a 'who' clause says they work now", () => {
    const a = attribute(blocks("“Growth is slowing,” said Tom Quarrie, a former Zorgmax chief economist who now teaches at the University of Quillton."));
    expect(speakerOf(a, "Growth")?.affiliation).toBe("University of Quillton");
    const still = attribute(blocks("“Growth is slowing,” said Tom Quarrie, a Zorgmax economist who worked at the University of Quillton."));
    expect(still.speakers[0]?.affiliation).toBe("Zorgmax");
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

  it("an opening 'As' clause with a verb says when, not what the subject is", () => {
    const a = attribute(blocks("As the verdict was read, Tom Roff stood still.", "“I am sorry,” Roff said.", "As his first debate nears, Ann Vole is busy.", "“I am ready,” Vole said."));
    expect(speakerOf(a, "I am sorry")?.role).toBeNull();
    expect(speakerOf(a, "I am ready")?.role).toBeNull();
    const role = attribute(blocks("As the company's chief executive, Mia Hart led the talks.", "“We agreed,” Hart said."));
    expect(speakerOf(role, "We agreed")?.role).toBe("chief executive");
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

/** The speaker of the one quote in an article of these paragraphs. */
function described(...paragraphs: string[]) {
  const a = attribute(blocks(...paragraphs));
  const q = a.quotes[0];
  if (!q?.speakerId) throw new Error("no speaker");
  const s = a.speakers.find((x) => x.id === q.speakerId)!;
  return { name: s.name, role: s.role, affiliation: s.affiliation };
}

describe("a legislator's party tag gives the party, not the state", () => {
  it("reads '(D-Calif.)', '(R-WI)' and '(D)' after the name", () => {
    expect(described('"We will fight this," said Sen. Jo Baker (D-Calif.) on Monday.')).toMatchObject({ role: "Sen.", affiliation: "Democrat" });
    expect(described('"The bill is dead," Rep. Al Tusk (R-WI) said.')).toMatchObject({ role: "Rep.", affiliation: "Republican" });
    expect(described('"I oppose it," Sen. Jo Abel (D) said.')).toMatchObject({ affiliation: "Democrat" });
    expect(described('"I oppose it," said Sen. Jo Abel (I-Vt.).')).toMatchObject({ affiliation: "Independent" });
  });

  it("a photo's '(left)' beside a name is no tag", () => {
    const a = attribute(blocks("Ann Vole (left) and Mia Hart in the film.", "“It was the best time,” Vole said."));
    expect(speakerOf(a, "It was")).toMatchObject({ name: "Ann Vole", affiliation: null });
  });

  it("reads ', R-Ohio,' set off by commas, with or without the abbreviation's stop", () => {
    expect(described('"No," said Sen. Jo Baker, D-Calif., on Monday.')).toMatchObject({ affiliation: "Democrat" });
    expect(described('"No," said Sen. Jo Baker, R-Ohio, on Monday.')).toMatchObject({ affiliation: "Republican" });
  });
});

describe("what stands between a name and its description, or after the role", () => {
  it("a home state set off by commas: 'Rep. Tom Hoyle, Md., the second ranking Democrat in the House'", () => {
    expect(described('"I am alarmed," said Rep. Tom Hoyle, Md., the second ranking Democrat in the House.')).toMatchObject({ affiliation: "Democrat" });
  });

  it("a part of the body after its name: 'president of the Quill Workers Union chapter at the department's headquarters'", () => {
    expect(described('"There is concern," said Jeff Egan, president of the Quill Workers Union chapter at the department\'s headquarters.'))
      .toMatchObject({ role: "president", affiliation: "Quill Workers Union" });
  });

  it("what the role works on: 'an Energy Commission staffer on the TV project', but not 'PhD student in Archaeology'", () => {
    expect(described('Prices should see "zero increase," said Jo Singh, an Energy Commission staffer on the TV regulation project.'))
      .toMatchObject({ role: "staffer", affiliation: "Energy Commission" });
    expect(described('"We found coins," said Robin Vole, PhD student in Classical Archaeology at the University of Quillton.').affiliation).not.toBe("PhD");
  });
});

describe("a party word in a description is the party; the place they serve is not an affiliation", () => {
  it("'a Democrat from Virginia' is a Democrat", () => {
    expect(described('"It is a good plan," said Jo Evans, a Democrat from Virginia.')).toMatchObject({ role: null, affiliation: "Democrat" });
  });

  it("'the Republican senator from Ohio' is a senator and a Republican", () => {
    expect(described('"We need more," said Jo Fisher, the Republican senator from Ohio.')).toMatchObject({ role: "senator", affiliation: "Republican" });
  });

  it("a place or modifier may come before the party word", () => {
    expect(described('"No," said Rep. Jo Lee, a Texas Republican.')).toMatchObject({ affiliation: "Republican" });
    expect(described('"No," said Jo Lee, a former Democratic congressman.')).toMatchObject({ role: "former congressman", affiliation: "Democrat" });
  });

  it("an organisation named in the description is the employer", () => {
    expect(described('"No," said Jo Lee, a Republican strategist at the Acme Group.')).toMatchObject({ role: "strategist", affiliation: "Acme Group" });
  });

  it("a party word opening an organisation's name stays in the name", () => {
    expect(described('"No," said Jo Lee, the Democratic National Committee chairman.')).toMatchObject({ affiliation: "Democratic National Committee" });
    expect(described('"No," said Republican National Committee Chairman Jo Lee.')).toMatchObject({ affiliation: "Republican National Committee" });
  });
});

describe("a party word before the name is the party", () => {
  it("'House Republican NAME' is a Republican", () => {
    expect(described('"This is bad," House Republican Tom Vale said.')).toMatchObject({ name: "Tom Vale", affiliation: "Republican" });
  });

  it("'Democratic presidential candidate NAME' is a Democrat running for president", () => {
    expect(described('"I will win," Democratic presidential candidate Jo Lee said.')).toMatchObject({ role: "Democratic presidential candidate", affiliation: "Democrat" });
  });
});

describe("a nationality before a title is the country", () => {
  it("'German Chancellor NAME' speaks for Germany", () => {
    expect(described('"We are ready," said German Chancellor Jo Gray.')).toMatchObject({ role: "Chancellor", affiliation: "Germany" });
    expect(described('"We are ready," said former German Chancellor Jo Gray.')).toMatchObject({ role: "former Chancellor", affiliation: "Germany" });
  });

  it("'the German chancellor, NAME' and 'NAME, the German foreign minister' speak for Germany", () => {
    expect(described('"We are prepared," said the German chancellor, Jo Hill.')).toMatchObject({ role: "chancellor", affiliation: "Germany" });
    expect(described('"No," said Al Poe, the German foreign minister.')).toMatchObject({ role: "foreign minister", affiliation: "Germany" });
  });

  it("a nationality on an organisation stays the organisation's name", () => {
    expect(described('"The army will stay," said Ray Tull, a spokesman for the Syrian army.')).toMatchObject({ role: "spokesman", affiliation: "Syrian army" });
    expect(described('"The army will stay," Syrian army spokesman Ray Tull said.')).toMatchObject({ role: "spokesman", affiliation: "Syrian army" });
    expect(described('"No," said Al Poe, a German army officer.')).toMatchObject({ role: "officer", affiliation: "German army" });
  });
});

describe("a role before a comma that serves someone", () => {
  it("'COUNTRY's ambassador to PLACE, NAME' is that country's ambassador", () => {
    expect(described('"Talks will continue," said Ruritania\'s ambassador to Vorland, Jo Nash.')).toMatchObject({ role: "ambassador", affiliation: "Ruritania" });
  });
});

describe("an office 'for X' is part of the role", () => {
  it("'the ORG High Commissioner for Refugees' works for ORG", () => {
    expect(described('"The camps are full," said Marco Vanni, the United Nations High Commissioner for Refugees (UNHCR).')).toMatchObject({
      role: "High Commissioner for Refugees",
      affiliation: "United Nations",
    });
  });
});

describe("a leaning before an organisation's name is not part of it", () => {
  it("'a senior fellow at the right-wing Acme Forum' is at the Acme Forum", () => {
    expect(described('"Taxes are too high," said Jo Kemp, a senior fellow at the right-wing Acme Forum.')).toMatchObject({ role: "senior fellow", affiliation: "Acme Forum" });
    expect(described('"Taxes are too high," said Jo Kemp, an analyst at the nonpartisan Quill Budget Office.')).toMatchObject({ role: "analyst", affiliation: "Quill Budget Office" });
    expect(described('"It failed," said Tom Ruff, executive director of the nonprofit Harbour Watch.')).toMatchObject({ role: "executive director", affiliation: "Harbour Watch" });
  });
});

describe("an envoy and a title with a participle", () => {
  it("'the British ambassador to Japan' speaks for the United Kingdom, not Japan", () => {
    expect(described('"It is slow," said Tim Gale, the British ambassador to Japan.')).toMatchObject({ role: "British ambassador to Japan", affiliation: "United Kingdom" });
    expect(described('"It is slow," said Tim Gale, ambassador to Japan.')).toMatchObject({ affiliation: null });
    // Only an envoy: an adviser to a country works for it.
    expect(described('"It is fine," said Di Lake, an adviser to Kenya on debt.')).toMatchObject({ affiliation: "Kenya" });
  });

  it("'chief operating officer at Zorgmax Systems' is one title ('a pollster working for' is not)", () => {
    expect(described('"We are ready," said Jo Lee, who is chief operating officer at Zorgmax Systems.')).toMatchObject({ role: "chief operating officer", affiliation: "Zorgmax Systems" });
    expect(described('"It is fine," said Fay Lake, a lawyer representing officer Tom Quarrie.')).toMatchObject({ role: "lawyer" });
  });
});

describe("an organisation meant by a bare noun", () => {
  it("'the trust's lawyer', 'who runs the trust', 'the party's leader': the body the article named with that noun", () => {
    const first = "The Harbour Trust has fought the plan for years with the Quill Party.";
    expect(described(first, '"We will sue," said Dan Ruffo, the trust\'s lawyer.')).toMatchObject({ role: "lawyer", affiliation: "Harbour Trust" });
    expect(described(first, '"It is a disaster," said Ann Vole, who runs the trust.')).toMatchObject({ affiliation: "Harbour Trust" });
    expect(described(first, '"We disagree," said Nell Ashby, the party\'s leader.')).toMatchObject({ role: "leader", affiliation: "Quill Party" });
  });

  it("'a department spokesman' is the department the article names most, under either of its names, and no one when two compete", () => {
    const energy = "The Department of Energy received feedback. The Energy Department said it would act, as the Department of Veterans Affairs did.";
    expect(described(energy, '"Many were unsettled," said Eben Snyder, a department spokesman.')).toMatchObject({ role: "spokesman", affiliation: "Department of Energy" });
    const two = "The Department of Energy and the Department of Labor both received feedback.";
    expect(described(two, '"Many were unsettled," said Eben Snyder, a department spokesman.')).toMatchObject({ affiliation: null });
  });
});

describe("an organisation named inside a description", () => {
  it("'a former Zorgmax manager' worked at Zorgmax; the role is read whole", () => {
    expect(described('"They lied," said Ann Lake, a former Zorgmax manager.')).toMatchObject({ role: "former Zorgmax manager", affiliation: "Zorgmax" });
    // A place so named is where they work, not whom they speak for; a day is no body; a place's level of government
    // says the name is a place only before an office.
    expect(described('"They lied," said Ann Lake, a former Ohio manager.')).toMatchObject({ affiliation: null });
    expect(described('"They lied," said Ed Lake, a former Sunday school teacher.')).toMatchObject({ affiliation: null });
    expect(described('"It is fine," said Amy Lake, a Zorgmax regional manager.')).toMatchObject({ affiliation: "Zorgmax" });
  });

  it("'a spokeswoman for the United Nations refugee agency' speaks for the United Nations, not for a harbour", () => {
    expect(described('"This is wrong," said Ana Ruiz, a spokeswoman for the United Nations refugee agency.')).toMatchObject({ role: "spokeswoman", affiliation: "United Nations" });
    expect(described('"This is wrong," said Ana Ruiz, a spokeswoman for the Quill harbour.')).toMatchObject({ affiliation: null });
  });
});

describe("a person's own surname is never their role", () => {
  it("'Jo King' gives no role 'king' and no affiliation 'Jo'", () => {
    const a = attribute(blocks('"Taxes are too high," said Jo King, a senior fellow at the Acme Forum.'));
    for (const s of a.speakers) expect([s.role, s.affiliation]).not.toContain("king");
    for (const s of a.speakers) expect(s.affiliation).not.toBe("Jo");
  });
});

describe("the outlet a person spoke to is not their affiliation", () => {
  it("'told the OUTLET' and 'in an interview with OUTLET'", () => {
    expect(described('"I did nothing wrong," Jo Jones told the Daily Planet.')).toMatchObject({ affiliation: null });
    expect(described('"It was a mistake," Ann Vole said in an interview with Sky News.')).toMatchObject({ affiliation: null });
    expect(described('Ann Vole, in an interview with Sky News, said: "It was a mistake."')).toMatchObject({ affiliation: null });
    expect(described('"It was a mistake," Ann Vole, speaking to the Daily Planet, said.')).toMatchObject({ affiliation: null });
  });

  it("but a reporter for an outlet works there", () => {
    expect(described('"Wrong," Ann Vole, a reporter for the Daily Planet, told Sky News.')).toMatchObject({ role: "reporter", affiliation: "Daily Planet" });
  });
});

describe("an organisation's full name with 'for', 'of' or 'on' and an article", () => {
  it("keeps 'Committee for a Balanced Harbour Budget' whole", () => {
    expect(described('"The harbour budget is broken," said Jo Quill, president of the Committee for a Balanced Harbour Budget.')).toMatchObject({
      role: "president",
      affiliation: "Committee for a Balanced Harbour Budget",
    });
    expect(described('"Yes," said Al Poe of the Committee for a Balanced Harbour Budget.')).toMatchObject({ affiliation: "Committee for a Balanced Harbour Budget" });
  });

  it("keeps 'Institute for the Study of …' and 'Council on …' whole, but not a day after 'on'", () => {
    expect(described('"War," said Bo Ray, a fellow at the Institute for the Study of Harbours.')).toMatchObject({ affiliation: "Institute for the Study of Harbours" });
    expect(described('"Tax," said Ann Roe, a fellow at the Council on Harbour Relations.')).toMatchObject({ affiliation: "Council on Harbour Relations" });
    expect(described('"Tax," said Ann Roe, a fellow at the Quill Council on Tuesday.')).toMatchObject({ affiliation: "Quill Council" });
  });
});

describe("campaign staff speak for the candidate's campaign", () => {
  it("'NAME campaign ROLE PERSON' and 'a NAME campaign ROLE' give the campaign, the role keeps 'campaign'", () => {
    expect(described('"We won," said Quill campaign chairman Jo Hart.')).toMatchObject({ role: "campaign chairman", affiliation: "Quill campaign" });
    expect(described('"We won," said Jo Hart, a Quill campaign spokesman.')).toMatchObject({ role: "campaign spokesman", affiliation: "Quill campaign" });
  });

  it("an unnamed 'NAME campaign spokesman' speaks for the campaign", () => {
    expect(described('"We won," said a Quill campaign spokesman.')).toMatchObject({ affiliation: "Quill campaign" });
  });
});

describe("a title with its remit before a name", () => {
  it("'Secretary of State NAME' is the Secretary of State, not 'State'", () => {
    expect(described('"We won," said Secretary of State Jo F. Quill.')).toMatchObject({ role: "Secretary of State", affiliation: null });
    expect(described('Former secretary of state Ann Vole said "we lost" today.')).toMatchObject({ role: "Former secretary of state" });
  });

  it("an organisation after 'for' is not a remit", () => {
    expect(described('Spokesman for QXP Jo Hart said "we lost" today.').role).not.toBe("Spokesman for QXP");
  });
});

describe("a relative clause ends a description", () => {
  it("'a ORG member who ran against …' is a member of ORG, an acronym included", () => {
    expect(described('"We won," said Ann Vole, a QXP member who ran against Bo Ray in a 2012 by-election and lost.')).toMatchObject({ role: "member", affiliation: "QXP" });
  });

  it("'a pollster who advised …' is a pollster", () => {
    expect(described('"We won," said Ann Vole, a pollster who advised Bo Ray\'s 2008 campaign.')).toMatchObject({ role: "pollster" });
  });
});

describe("a body an organisation owns", () => {
  it("'a member of the ORG's central executive committee' is a member of the committee, for ORG", () => {
    expect(described('"We won," said Ann Vole, a member of the QXP\'s central executive committee.')).toMatchObject({ role: "member of the central executive committee", affiliation: "QXP" });
  });

  it("a person's committee gives no affiliation", () => {
    expect(described('Bo Ray spoke first.', '"We won," said Ann Vole, a member of Ray\'s advisory committee.').affiliation).toBeNull();
  });
});

describe("a role is a noun phrase headed by a role noun", () => {
  it("a long descriptive clause is no role", () => {
    expect(described('"We won," said Ann Vole, top recipient among the candidates of contributions from the largest banks.').role).toBeNull();
  });

  it("a long role headed by a role noun stays", () => {
    expect(described('"We won," said Ann Vole, longtime senior policy adviser to the Quill Harbour Board.').role).toMatch(/adviser/u);
  });
});

describe("people named together have no affiliation of their own name", () => {
  it("'a study by economists Pat Schott and Jo Pierce' gives them no affiliation 'Pat Schott and Jo Pierce'", () => {
    const a = attribute(blocks('According to a 2013 study by economists Pat Schott and Jo Pierce, the slump is partly to blame, but so is this "major change in trade."'));
    for (const s of a.speakers) expect(s.affiliation ?? "").not.toMatch(/Schott/u);
  });
});

describe("a work's title is not an affiliation", () => {
  it("'author of TITLE' gives no affiliation", () => {
    expect(described('"We won," said Ann Vole, author of Harbour Days: The Problem With Quill.').affiliation).toBeNull();
  });
});

describe("a state, an adjective or an event is never an affiliation", () => {
  it("a state abbreviation alone in parentheses is where they serve, not an affiliation", () => {
    const a = attribute(blocks('Sens. Tom Quill (Ky.) and Jo Vole (Fla.) debated. "We disagree," Vole said.'));
    expect(speakerOf(a, "We disagree")?.affiliation).toBeNull();
  });

  it("an adjective before a title is no affiliation; a party tag elsewhere is", () => {
    const a = attribute(blocks('Presidential candidate Tom Quill spoke. "Cut the rules," Quill said.'));
    expect(speakerOf(a, "Cut the rules")).toMatchObject({ role: "Presidential candidate", affiliation: null });
    const b = attribute(blocks('Mid-field candidates Sen. Jo Vole (R-Fla.) and Sen. Ray Quill (R-Texas) lead. "We lead," Vole said.'));
    expect(speakerOf(b, "We lead")?.affiliation).toBe("Republican");
  });

  it("a party word the article gives for the person later wins over nothing", () => {
    const a = attribute(blocks('Presidential candidate Tom Quill spoke. "Cut the rules," Quill said.', "Republican candidate Tom Quill said more later."));
    expect(speakerOf(a, "Cut the rules")?.affiliation).toBe("Republican");
  });

  it("an event after 'at the' is no affiliation", () => {
    const a = attribute(blocks('A Talk Between Jo Vole And Tom Quill At The GOP Debate', '"I know it," Quill said.'));
    expect(speakerOf(a, "I know it")?.affiliation).toBeNull();
  });
});

describe("a chamber and a leadership title are one title", () => {
  it("'Senate Minority Leader NAME (D-Nev.)' is the Senate Minority Leader, a Democrat", () => {
    const a = attribute(blocks('"Close the loophole," Senate Minority Leader Tom Quill (D-Nev.) said.'));
    expect(speakerOf(a, "Close the")).toMatchObject({ role: "Senate Minority Leader", affiliation: "Democrat" });
  });

  it("without a party, the chamber is no affiliation", () => {
    const a = attribute(blocks('"Close the loophole," House Majority Whip Tom Quill said.'));
    expect(speakerOf(a, "Close the")).toMatchObject({ role: "House Majority Whip", affiliation: null });
  });
});

describe("an organisation named after 'of' without an organisation word", () => {
  it("'NAME of X Rights Watch' is X Rights Watch's, by the typing stage or the name's last word", () => {
    const a = attribute(blocks('"It is wrong," said Tom Quill of Zorblat Rights Watch.'));
    expect(speakerOf(a, "It is wrong")?.affiliation).toBe("Zorblat Rights Watch");
    const b = attribute(blocks('"It is wrong," said Tom Quill of Quill Rights Watch.'));
    expect(speakerOf(b, "It is wrong")?.affiliation).toBe("Quill Rights Watch");
  });

  it("a home town after 'of' stays none", () => {
    const a = attribute(blocks('"It is wrong," said Tom Quill of Zorgville.'));
    expect(speakerOf(a, "It is wrong")?.affiliation).toBeNull();
  });
});

describe("a title's two-word remit is part of the title", () => {
  it("'Secretary of Homeland Security NAME' is the Secretary of Homeland Security", () => {
    const a = attribute(blocks('"We are ready," Secretary of Homeland Security Tom Quill said.'));
    expect(speakerOf(a, "We are ready")).toMatchObject({ role: "Secretary of Homeland Security", affiliation: null });
  });
});

describe("affiliations read the way political and local news write them", () => {
  const profileOf = (text: string, quoteStart: string) => speakerOf(attribute(blocks(text)), quoteStart);

  it("a party member described by the party noun, whatever the words before it", () => {
    expect(profileOf("“We will win the state,” said Jo Vole, a well-known New Mexico Democrat.", "We will win")?.affiliation).toBe("Democrat");
    expect(profileOf("“The vote came too soon,” said Jo Lindqvist of Ohio, the committee's ranking Republican.", "The vote came")?.affiliation).toBe("Republican");
    expect(profileOf("“They had no time,” said one Democratic source.", "They had")?.affiliation).toBe("Democrat");
  });

  it("keeps a role that serves a party whole", () => {
    expect(profileOf("“Growth will slow,” said Ann Vole, a policy adviser to Democrats.", "Growth will")).toMatchObject({ name: "Ann Vole", role: "policy adviser to Democrats" });
  });

  it("no place where someone works or serves", () => {
    expect(profileOf("“The funding was small,” said Tom Marchetti, a Denver lawyer.", "The funding")).toMatchObject({ role: "lawyer", affiliation: null });
    expect(profileOf("“We need answers,” said Rep. Ann Okafor of the Bahamas.", "We need")?.affiliation).toBeNull();
  });

  it("a place's police, not the place", () => {
    expect(profileOf("“The road is closed,” Denver police Chief Jo Pettibone said Monday.", "The road")?.affiliation).toBe("Denver police");
  });

  it("the employer a relative clause names", () => {
    const text = "Economist Ann Brisbane, who studies trade at the Quill Policy Institute, said the plan “changes little.”";
    expect(profileOf(text, "changes little")).toMatchObject({ role: "Economist", affiliation: "Quill Policy Institute" });
  });

  it("a nationality after a modifier, the modifier kept with the role", () => {
    expect(profileOf("“The border is quiet,” said Jo Castellan, a retired Danish general.", "The border")).toMatchObject({ role: "retired general", affiliation: "Denmark" });
  });

  it("a candidate's campaign as news names it, by surname", () => {
    expect(profileOf("Jo Harrow’s campaign manager Tom Quarrie said the senator “went too far.”", "went too far")?.affiliation).toBe("Harrow campaign");
  });

  it("a generation after a name is part of a person's name, not an organisation", () => {
    expect(profileOf("“This is a mistake,” said Ann R. Tolliver II, a writer for The Quill Monthly.", "This is a mistake")).toMatchObject({ name: "Ann R. Tolliver II", kind: "person", affiliation: "Quill Monthly" });
  });

  it("no day as an owner", () => {
    const a = attribute(blocks("After Monday’s debate Quillfact ran a check on the claim. “It is true,” Quillfact said."));
    expect(speakerOf(a, "It is true")?.affiliation).toBeNull();
  });
});

describe("sports positions and short given names", () => {
  const profileOf = (text: string, quoteStart: string) => speakerOf(attribute(blocks(text)), quoteStart);

  it("a team before a player's position is the affiliation", () => {
    expect(profileOf("Quill Hawks linebacker Tom Marchetti weighed in on Monday. “That hit was late,” Marchetti said.", "That hit")).toMatchObject({ role: "linebacker", affiliation: "Quill Hawks" });
  });

  it("a description given under the long form of a given name serves its short form", () => {
    const a = speakerOf(attribute(blocks("Joshua Brisbane, a professor of engineering at the University of Quillton, explained the study.", "“The air was thick,” said Josh Brisbane.")), "The air");
    expect(a).toMatchObject({ role: "professor of engineering", affiliation: "University of Quillton" });
  });
});

describe("where someone works, however the sentence puts it", () => {
  const profileOf = (paragraphs: string[], quoteStart: string) => speakerOf(attribute(blocks(...paragraphs)), quoteStart);

  it("the organisation of the first of two roles", () => {
    expect(profileOf(["“The pipes are old,” says Ken Vole, the Quill University historian and expert on bridges."], "The pipes")).toMatchObject({ role: "historian", affiliation: "Quill University" });
  });

  it("'with the ORG' after the name outranks a word before the title", () => {
    expect(profileOf(["“We will decide tomorrow,” Deputy Chief Jo Marsh with the Quillton Police Department said."], "We will decide")?.affiliation).toBe("Quillton Police Department");
  });

  it("a title-case office before the name stays the role", () => {
    expect(profileOf(["Quillton Securities Commission Investor Advocate Ann Cole said she will ask for more staff.", "“Fees are too high,” said Cole."], "Fees are")).toMatchObject({ name: "Ann Cole", role: "Investor Advocate", affiliation: "Quillton Securities Commission" });
  });

  it("a description led by its role before the name and a comma", () => {
    expect(profileOf(["The head of the county water agency, Ann Okafor, said the river was rising.", "“We are ready,” Okafor told reporters."], "We are ready")?.role).toBe("head of the county water agency");
  });

  it("a description led by an organisation's possessive or a title of capitalised words, before the name and a comma", () => {
    expect(profileOf(["When I asked Zorgmax's director of IT, Ann Vole, about the emails, she shrugged.", "“We keep everything,” Vole said."], "We keep")).toMatchObject({ role: "director of IT", affiliation: "Zorgmax" });
    expect(profileOf(["The former Chief Marketing Officer for Quill Foods, Mia Hart, spoke first.", "“It was a mistake,” Hart said."], "It was")).toMatchObject({ role: "former Chief Marketing Officer", affiliation: "Quill Foods" });
  });

  it("an opening 'At ORG,' for the subject it introduces", () => {
    expect(profileOf(["At Quill Airways, Jo Lee called the delays “small so far.”"], "small so far")?.affiliation).toBe("Quill Airways");
  });

  it("an organisation whose name opens with an acronym that is also a word ('US')", () => {
    expect(profileOf(["At US Airways, Jo Lee called the delays “small so far.”"], "small so far")?.affiliation).toBe("US Airways");
    expect(profileOf(["“We are ready,” said Ben Tarr, a spokesman for the US Army."], "We are ready")?.affiliation).toBe("US Army");
  });
});

describe("roles as the article writes them", () => {
  const profileOf = (paragraphs: string[], quoteStart: string) => speakerOf(attribute(blocks(...paragraphs)), quoteStart);

  it("a work's title is no part of an author's role, and a role ends on no preposition", () => {
    expect(profileOf(["“Water is cheap,” says Ann Vole, author of the novel Harbour Days."], "Water is")?.role).toBe("author");
  });

  it("a role ends before what the person has or where something stands ('with decades of …', 'near where …')", () => {
    expect(profileOf(["“It is a mess,” said Jo Lee, a civil service expert with decades of federal experience."], "It is")?.role).toBe("civil service expert");
    expect(profileOf(["“We ran,” said Dan Ruffo, the owner of a store near where the fight broke out."], "We ran")?.role).toBe("owner of a store");
    expect(profileOf(["“It was loud,” said Kit Bell, a lawyer with the Quill Law Group."], "It was")).toMatchObject({ role: "lawyer", affiliation: "Quill Law Group" });
  });

  it.each([
    ["“Prices will rise,” said realtor Ann Vole.", "realtor"],
    ["“Read it all,” said Quill Review blogger Jo Lee.", "blogger"],
    ["“It works,” said Tom Quarrie, the inventor of the Quill valve.", "inventor"],
  ])("'%s' gives the role %s", (text, role) => {
    expect(profileOf([text], "")?.role).toContain(role);
  });

  it("praise before a role is no part of it ('a well-known climate scientist')", () => {
    expect(profileOf(["“It is warming,” said Ann Vole, a well-known climate scientist at Quill University."], "It is")).toMatchObject({ role: "climate scientist", affiliation: "Quill University" });
  });

  it("an appositive after 'herself' describes her", () => {
    expect(profileOf(["Ann Vole met the board.", "Mrs Vole, herself a former trade minister, spoke next. “It is unfair,” Mrs Vole said."], "It is unfair")?.role).toBe("former trade minister");
  });

  it("a peer's title is no role", () => {
    expect(profileOf(["“It was a good exam,” Lord Quarrie said."], "It was")?.role).toBeNull();
  });

  it("a role serving a campaign names the campaign whole", () => {
    expect(profileOf(["“We are not worried,” said Ann Okafor, a senior adviser to the Harrow campaign."], "We are not")).toMatchObject({ role: "senior adviser to the Harrow campaign", affiliation: "Harrow campaign" });
  });
});

describe("two titles stacked before a name", () => {
  const profileOf = (text: string, quoteStart: string) => speakerOf(attribute(blocks(text)), quoteStart);

  it("a role noun before an abbreviated title is the role", () => {
    expect(profileOf("“We will win Ohio,” said Republican vice-presidential nominee Gov. Jo Harrow.", "We will win")).toMatchObject({ role: "Republican vice-presidential nominee", affiliation: "Republican" });
  });

  it("a plural before it only says there are several: the title is the role, the plural no affiliation", () => {
    expect(profileOf("“It is over,” said fellow candidates Sen. Ann Vole and others.", "It is over")).toMatchObject({ role: "Sen.", affiliation: null });
  });

  it("a participle after the role's noun starts what they do", () => {
    expect(profileOf("“Jobs matter,” said Jo Marsh, a Democratic pollster working for the party.", "Jobs matter")?.role).toBe("pollster");
  });
});

describe("an organisation's name before a title keeps its joining words", () => {
  it("keeps 'and', '&' and an 'of' remit inside the name", () => {
    const a = attribute(
      blocks(
        '"Crossings are up," said Customs and Harbour Protection spokesman Jo Lee.',
        '"Wages rose," said Bureau of Harbour Statistics economist Ann Vole.',
      ),
    );
    expect(speakerOf(a, "Crossings")).toMatchObject({ name: "Jo Lee", role: "spokesman", affiliation: "Customs and Harbour Protection" });
    expect(speakerOf(a, "Wages")).toMatchObject({ name: "Ann Vole", role: "economist", affiliation: "Bureau of Harbour Statistics" });
  });

  it("reads a name joined by '&' after the verb as one organisation, not as the speaker", () => {
    const a = attribute(blocks('"We won," said Harbour & Zorg Associates partner Dan Ruffo.'));
    expect(speakerOf(a, "We won")).toMatchObject({ name: "Dan Ruffo", role: "partner", affiliation: "Harbour & Zorg Associates" });
  });

  it("does not join a person or a title to the organisation after 'and'", () => {
    const a = attribute(
      blocks(
        '"The deal is done," said Maria Lopez and Harbour Institute fellow Sam Ortiz.',
        '"We will win," said former Secretary of State and Democratic candidate Ann Vole.',
      ),
    );
    expect(speakerOf(a, "The deal")).toMatchObject({ name: "Sam Ortiz", affiliation: "Harbour Institute" });
    expect(speakerOf(a, "We will")?.affiliation).not.toMatch(/State and/u);
  });
});

describe("a nationality before an unnamed speaker's title", () => {
  it("gives the country, or the country's body the title names", () => {
    const a = attribute(
      blocks(
        '"The talks failed," the Turkish prime minister said on Monday.',
        '"We hold the line," a Syrian army spokesman said.',
      ),
    );
    expect(speakerOf(a, "The talks")).toMatchObject({ role: "prime minister", affiliation: "Turkey" });
    expect(speakerOf(a, "We hold")).toMatchObject({ role: "spokesman", affiliation: "Syrian army" });
  });

  it("does not join a differently titled official of another country to a named one", () => {
    const a = attribute(
      blocks(
        '"We will not yield," said Syrian Foreign Minister Jo Lee.',
        '"The talks failed," the Turkish prime minister said on Monday.',
      ),
    );
    expect(speakerOf(a, "The talks")?.name).not.toBe("Jo Lee");
  });
});

describe("a description after a name and an age", () => {
  it("reads past an age set off by commas", () => {
    const a = attribute(blocks('"We are exhausted," said Kim Park, 45, a nurse at Harbour General Hospital.'));
    expect(speakerOf(a, "We are")).toMatchObject({ name: "Kim Park", role: "nurse", affiliation: "Harbour General Hospital" });
  });
});

describe("a 'who' clause that names the employer", () => {
  it("gives the organisation and no verb phrase for a role, with or without a preposition", () => {
    const a = attribute(blocks('"We will grow," said Lena Costa, who works for the Quill Foundation.', '"It was a mistake," said Ray Cole, who heads the Harbour Trust.'));
    expect(speakerOf(a, "We will")).toMatchObject({ role: null, affiliation: "Quill Foundation" });
    expect(speakerOf(a, "It was")).toMatchObject({ role: null, affiliation: "Harbour Trust" });
  });
});

describe("a place's public body", () => {
  it("reads 'a spokeswoman for the Texas government' as that body", () => {
    const a = attribute(blocks('"We are ready," said Ann Vole, a spokeswoman for the Texas government.'));
    expect(speakerOf(a, "We are")).toMatchObject({ role: "spokeswoman", affiliation: "Texas government" });
  });
});

describe("occupations as titles before a name", () => {
  it("reads common occupations (delegate, firefighter, councilwoman) as roles", () => {
    const a = attribute(
      blocks(
        '"The vote was rigged from the start," said Texas delegate Bill Ruffo.',
        '"The fire spread fast," said firefighter Ann Vole.',
        '"We voted no," said councilwoman Jo Lee.',
      ),
    );
    expect(speakerOf(a, "The vote was")).toMatchObject({ name: "Bill Ruffo", role: "delegate" });
    expect(speakerOf(a, "The fire")).toMatchObject({ name: "Ann Vole", role: "firefighter" });
    expect(speakerOf(a, "We voted")).toMatchObject({ name: "Jo Lee", role: "councilwoman" });
  });
});

describe("a party and state after a legislator's name", () => {
  it("is said of the name, never an entity of its own", () => {
    const a = attribute(
      blocks(
        "Backers, like Senators Rita Quill, Republican of Ohio, and Dan Vole, Democrat of Maine, want a new bridge. They sent a letter on Friday.",
        '"The old bridge is unsafe," they wrote.',
      ),
    );
    expect(a.speakers.some((s) => /of (Iowa|Vermont)/u.test(s.name))).toBe(false);
  });
});

describe("descriptions on pages nobody tuned on", () => {
  it("an initial before a name is no party", () => {
    const a = attribute(blocks('"We will not move on this," said R. Jo Lee, the Ruritania Border Agency commissioner.'));
    expect(speakerOf(a, "We will not")).toMatchObject({ name: "Jo Lee", role: "commissioner", affiliation: "Ruritania Border Agency" });
  });

  it("a verb before a role ends the words that describe the name", () => {
    const a = attribute(blocks('White House hopeful Sam Pike met famous reporter Kit Bell on Monday. "It went fine," Bell said.'));
    expect(speakerOf(a, "It went fine")).toMatchObject({ name: "Kit Bell", role: "famous reporter", affiliation: null });
  });

  it("a party before a capitalised office adjective gives the party", () => {
    const a = attribute(blocks('"We are ready," said Republican Presidential hopeful Sen. Tom Reed on Monday.'));
    expect(speakerOf(a, "We are ready")).toMatchObject({ name: "Tom Reed", affiliation: "Republican" });
  });

  it("an appositive may open with a role word that is never a name ('editor of')", () => {
    const a = attribute(blocks('"The books are open," said Bo Kay, editor of the Quill Report.'));
    expect(speakerOf(a, "The books")).toMatchObject({ name: "Bo Kay", role: "editor", affiliation: "Quill Report" });
  });

  it("a candidate's staff work for the candidate's campaign; other people's staff do not", () => {
    const a = attribute(
      blocks(
        "Ann Vole, the Quill Party presidential candidate, toured the state on Monday.",
        '"We are gaining," said Ida Moss, Vole\'s field director.',
        '"The numbers are strong," said Vole spokesman Tim Roe.',
        "Mayor Jo Lee opened the fair.",
        '"The fair is free," said Lee spokesman Dan Ruffo.',
      ),
    );
    expect(speakerOf(a, "We are gaining")).toMatchObject({ name: "Ida Moss", role: "field director", affiliation: "Vole campaign" });
    expect(speakerOf(a, "The numbers")).toMatchObject({ name: "Tim Roe", role: "spokesman", affiliation: "Vole campaign" });
    expect(speakerOf(a, "The fair")?.affiliation).not.toBe("Lee campaign");
  });

  it("a plural role before two names describes each of them", () => {
    const a = attribute(
      blocks(
        "Quill Institute economists Jo Lee and Tom Quarrie wrote the report.",
        '"Rates will rise," Quarrie said.',
        '"Not this year," Lee said.',
        "Democratic presidential candidates Dan Ruffo and Ann Vole met on Monday.",
        '"We do not agree on roads," Vole said.',
      ),
    );
    expect(speakerOf(a, "Rates will")).toMatchObject({ name: "Tom Quarrie", role: "economist", affiliation: "Quill Institute" });
    expect(speakerOf(a, "Not this year")).toMatchObject({ name: "Jo Lee", role: "economist", affiliation: "Quill Institute" });
    expect(speakerOf(a, "We do not")).toMatchObject({ name: "Ann Vole", affiliation: "Democrat" });
  });

  it("a unit named as part of a larger organisation speaks for that body; an office named by its remit for itself", () => {
    const a = attribute(
      blocks(
        'The Science Unit of the Quill Ministry concluded that "the river is safe for swimming."',
        '"Crews are ready," the Quill Office of Emergency Services said.',
      ),
    );
    expect(speakerOf(a, "the river")).toMatchObject({ name: "Science Unit of the Quill Ministry", affiliation: "Quill Ministry" });
    expect(speakerOf(a, "Crews are")?.affiliation).toBe("Quill Office of Emergency Services");
  });

  it("'under' a leader ends the role", () => {
    const a = attribute(blocks('"We never planned it," said Ted Vane, the former harbour director under President Ivo Brandt.'));
    expect(speakerOf(a, "We never")?.role).toBe("former harbour director");
  });
});

describe("an unnamed speaker titled by the body they serve", () => {
  it("'a spokeswoman for the ORG' speaks for that body, with the title as role", () => {
    const a = attribute(
      blocks(
        'A spokeswoman for the Harbour Port Authority said the port "will continue to operate normally."',
        '"We are watching closely," an official at the Harbour Water Board said.',
      ),
    );
    expect(speakerOf(a, "will continue")).toMatchObject({ role: "spokeswoman", affiliation: "Harbour Port Authority" });
    expect(speakerOf(a, "We are watching")).toMatchObject({ role: "official", affiliation: "Harbour Water Board" });
  });

  it("'a source at the ORG' speaks for it, with no role", () => {
    const a = attribute(blocks('"Talks have stalled," a source at the Quill Ministry of Trade said.'));
    expect(speakerOf(a, "Talks have")).toMatchObject({ role: null, affiliation: "Quill Ministry of Trade" });
  });

  it("gives no body for a person served, a place, or words that are no name", () => {
    const a = attribute(
      blocks(
        "Ann Vole toured the yard on Monday.",
        '"She has no comment," a spokesman for Ann Vole said.',
        '"Roads are closed," an official from Quill County said.',
      ),
    );
    expect(speakerOf(a, "She has no")).toMatchObject({ affiliation: null });
    expect(speakerOf(a, "Roads are")).toMatchObject({ affiliation: null });
  });
});

describe("an owner before a role is a person only when the article names one so", () => {
  it("'Quill's head of design' stays Quill's when 'Quill started …' is all that makes Quill a name", () => {
    const a = attribute(blocks('"There is a tradition," said Ann Vole, Quill\'s head of design.', "Quill started with the basic idea of a pen."));
    expect(speakerOf(a, "There is a")).toMatchObject({ role: "head of design", affiliation: "Quill" });
  });

  it("'President Vole's budget director' is no organisation's", () => {
    const a = attribute(blocks("President Vole spoke on Monday.", '"The deficit is falling," said President Vole\'s budget director, Tom Quarrie.'));
    expect(speakerOf(a, "The deficit")?.affiliation ?? null).not.toBe("President Vole");
  });
});

describe("descriptions read as names", () => {
  it("'a New Hampshire Republican said': a party member from a place speaks for the party", () => {
    const a = attribute(blocks('"He will win the state," a New Hampshire Republican said.', '"It is over," said one Florida Democrat.'));
    expect(speakerOf(a, "He will win")?.affiliation).toBe("Republican");
    expect(speakerOf(a, "It is over")?.affiliation).toMatch(/^Democrat/u);
  });

  it("'added another commonwealth Democrat' is someone new, a Democrat, not the Virginia Democrat quoted before", () => {
    const a = attribute(blocks(
      '"He is just smart," said a Virginia Democrat.',
      '"I have known him for many years," added another commonwealth Democrat, "and he is motivating."',
    ));
    expect(speakerOf(a, "I have known")).toMatchObject({ name: "commonwealth Democrat", affiliation: "Democrat" });
    expect(speakerOf(a, "and he is")?.name).toBe("commonwealth Democrat");
  });

  it("'a Lagos-based economist' works in a place, for no one named", () => {
    const a = attribute(blocks('"Growth will slow," said Jo Lee, a Lagos-based economist.'));
    expect(speakerOf(a, "Growth will")).toMatchObject({ role: "economist", affiliation: null });
  });
});

describe("a title-case title after an owner", () => {
  it("'Acme's Chief Technology Officer Jo Lee' is the Chief Technology Officer, at Acme", () => {
    const a = attribute(blocks('Acme\'s Chief Technology Officer Jo Lee said the launch was "on track."', 'Ruritania\'s Chief Medical Officer Dan Ruffo said the risk was "low."'));
    expect(speakerOf(a, "on track")).toMatchObject({ role: "Chief Technology Officer", affiliation: "Acme" });
    expect(speakerOf(a, "low")).toMatchObject({ role: "Chief Medical Officer", affiliation: "Ruritania" });
  });
});

describe("an owner before an organisation's title", () => {
  it("'Ruritania's Liberal Party leader Dan Ruffo' leads the party, not the country", () => {
    const a = attribute(blocks('Ruritania\'s Liberal Party leader Dan Ruffo said the vote was "a disgrace."'));
    expect(speakerOf(a, "a disgrace")?.affiliation).not.toBe("Ruritania");
  });
});

describe("organisation names that open with an ordinal, and a sentence's opening word", () => {
  it("'21st Century Quill' keeps its ordinal after 'of' and before a title", () => {
    const a = attribute(blocks('"We will fight," said Jo Lee, chairman of 21st Century Quill.', '21st Century Quill executive chairman Ann Vole said it was "over."'));
    expect(speakerOf(a, "We will fight")).toMatchObject({ role: "chairman", affiliation: "21st Century Quill" });
    expect(speakerOf(a, "over")).toMatchObject({ role: "executive chairman", affiliation: "21st Century Quill" });
  });

  it("'Embattled Chief of Staff Tom Quarrie' has no affiliation 'Embattled'", () => {
    const a = attribute(blocks('Embattled Chief of Staff Tom Quarrie said the plan passed "with flying colors."'));
    expect(speakerOf(a, "with flying")).toMatchObject({ role: "Chief of Staff", affiliation: null });
  });
});

describe("a student's class year", () => {
  it("'a Quill University senior' is a senior at Quill University", () => {
    const a = attribute(blocks('"It was aggravating," said Dan Ruffo, a Quill University senior.'));
    expect(speakerOf(a, "It was aggravating")).toMatchObject({ role: "senior", affiliation: "Quill University" });
  });
});

describe("a country's possessive before an organisation", () => {
  it("'a researcher at Germany's Harbour Institute' is at Harbour Institute", () => {
    const a = attribute(blocks('"The homes are too warm," said Jo Lee, a researcher at the Netherlands\u2019 Quill University of Applied Sciences.', '"It is new," said Ann Vole, a scientist at Germany\'s Harbour Institute.'));
    expect(speakerOf(a, "The homes")?.affiliation).toBe("Quill University of Applied Sciences");
    expect(speakerOf(a, "It is new")?.affiliation).toBe("Harbour Institute");
  });
});

describe("a union named for its members", () => {
  it("'American Federation of Government Employees President Tom Quarrie' keeps 'Employees' in the name", () => {
    const a = attribute(blocks('American Federation of Government Employees President Tom Quarrie warned against "a return to the old ways."'));
    expect(speakerOf(a, "a return")).toMatchObject({ role: "President", affiliation: "American Federation of Government Employees" });
  });
});

describe("a cabinet portfolio before Minister or Secretary is part of the title", () => {
  it("gives the government, or the country written before the portfolio, never the portfolio's word", () => {
    const a = attribute(
      blocks(
        '"We must act," said Health Secretary Jo Lee.',
        'Finance Minister Ann Vole said: "It will cost."',
        '"Never," said French Health Minister Mia Hart.',
        '"Soon," said Treasury Secretary Tom Quarrie.',
      ),
    );
    expect(speakerOf(a, "We must act")).toMatchObject({ role: "Health Secretary", affiliation: "government" });
    expect(speakerOf(a, "It will cost")).toMatchObject({ role: "Finance Minister", affiliation: "government" });
    expect(speakerOf(a, "Never")).toMatchObject({ role: "Health Minister", affiliation: "France" });
    expect(speakerOf(a, "Soon")?.affiliation).toBe("Treasury");
  });

  it("leaves a former minister and a party before Minister to the other conventions", () => {
    const a = attribute(blocks('Former Health Secretary Ann Vole said: "No."', '"Yes," said Labour Minister Kit Bell.'));
    expect(speakerOf(a, "No.")?.affiliation).not.toBe("government");
    expect(speakerOf(a, "Yes")?.affiliation).toBe("Labour");
  });
});

describe("British parties are parties", () => {
  it("reads Labour, Tory and Conservative before a role as the party", () => {
    const a = attribute(blocks('"It is a disgrace," said Labour MP Jo Lee.', 'Ann Vole, a Tory backbencher, said: "It must change."'));
    expect(speakerOf(a, "It is a disgrace")?.affiliation).toBe("Labour");
    expect(speakerOf(a, "It must change")?.affiliation).toBe("Conservative");
  });

  it("leaves 'Conservative' before a role that is no party's to the other conventions (an ideology in American copy)", () => {
    const a = attribute(blocks('"No," said Conservative activist Ann Vole.'));
    expect(speakerOf(a, "No")?.affiliation).not.toBe("Conservative");
  });
});

describe("British abbreviated titles without a stop", () => {
  it("reads Supt, Cllr and Det Insp as titles, not as part of the name", () => {
    const a = attribute(blocks('Supt Ida Moss said: "That is also a concern."', '"We are looking for two men," said Cllr Ann Vole.', 'Det Insp Tom Quarrie added: "No arrests yet."'));
    expect(speakerOf(a, "That is also")).toMatchObject({ name: "Ida Moss", role: "Supt" });
    expect(speakerOf(a, "We are looking")).toMatchObject({ name: "Ann Vole", role: "Cllr" });
    expect(speakerOf(a, "No arrests")).toMatchObject({ name: "Tom Quarrie", role: "Det Insp" });
  });
});

describe("descriptions news writes before a name or after 'of'", () => {
  it("reads a two-word nationality, a resident's place and an owner's task force", () => {
    const a = attribute(
      blocks(
        '"It was a mistake," said Costa Rican President-elect Tom Quarrie.',
        'Quillton resident Jo Lee shared that view. "It is safe here," said Lee.',
        "Ann Vole, a key member of the Harbour Trust's flood task force, said the toll \"looks lower.\"",
      ),
    );
    expect(speakerOf(a, "It was a mistake")).toMatchObject({ role: "President-elect", affiliation: "Costa Rica" });
    expect(speakerOf(a, "It is safe")).toMatchObject({ role: "resident", affiliation: null });
    expect(speakerOf(a, "looks lower")?.affiliation).toBe("Harbour Trust");
  });
});

describe("a bare noun's possessive before a role", () => {
  it("names the one body the article called by that noun: 'The institute's CEO, Jo Lee,'", () => {
    const a = attribute(blocks("The Quill Institute for AI, a research institute founded in 2014, has called for more awareness.", "The institute's CEO, Jo Lee, said the field \"must measure its costs.\""));
    expect(speakerOf(a, "must measure")).toMatchObject({ name: "Jo Lee", role: "CEO", affiliation: "Quill Institute for AI" });
  });

  it("names it when the noun leads the role: 'association executive director Tim Lee'", () => {
    const a = attribute(blocks("The Quill Retired Teachers Association (QRTA) backed the bill.", 'The bill passed, and association executive director Tim Lee said it was "a good day."'));
    expect(speakerOf(a, "a good day")).toMatchObject({ role: "executive director", affiliation: "Quill Retired Teachers Association" });
  });
});

describe("a degree set off by commas after a name", () => {
  it("stands before the description: 'Jo Lee, Ph.D., of the Harbour Clinic'", () => {
    const a = attribute(blocks('Tom Quarrie, M.D., of the Harbour Clinic, said it was "a start."', 'The study was led by Jo Lee, Ph.D., of the Quill Institute. "It was hard," Lee said.'));
    expect(speakerOf(a, "a start")?.affiliation).toBe("Harbour Clinic");
    expect(speakerOf(a, "It was hard")?.affiliation).toBe("Quill Institute");
  });

  it("reads no description from a list that goes on after the degree", () => {
    const a = attribute(blocks('The panel included Jo Lee, Ph.D., Zorgmax engineer Kit Bell and Ann Vole. "We disagreed a lot," Lee said.'));
    expect(speakerOf(a, "We disagreed")).toMatchObject({ role: null, affiliation: null });
  });
});

describe("an organisation after 'of' set off by commas", () => {
  it("is the affiliation, but a home town after an age is not", () => {
    const a = attribute(blocks('Ann Vole, of the Harbour Trust, said it was "fine."', 'Tom Quarrie, 55, of Addison, a village south of Quillton, said he was "sorry."'));
    expect(speakerOf(a, "fine")?.affiliation).toBe("Harbour Trust");
    expect(speakerOf(a, "sorry")?.affiliation).toBeNull();
  });
});

describe("titles and organisations written before a name", () => {
  it("a dotted country before an office of state is the country: 'U.S. Ambassador Mia Bell', not 'U.S. Sen.'", () => {
    const a = attribute(blocks('U.S. Ambassador Mia Bell said the talks were "going well."', 'U.S. Secretary of State Jo Vole said they would "go on."'));
    expect(speakerOf(a, "going well")).toMatchObject({ role: "Ambassador", affiliation: "U.S." });
    expect(speakerOf(a, "go on")).toMatchObject({ role: "Secretary of State", affiliation: "U.S." });
  });

  it("an organisation's name runs back over 'of' to its own words: 'Federal Reserve Bank of Quillton President'", () => {
    const a = attribute(blocks('Federal Reserve Bank of Quillton President Tom Hart said "the banks are safe."'));
    expect(speakerOf(a, "the banks")).toMatchObject({ role: "President", affiliation: "Federal Reserve Bank of Quillton" });
  });

  it("'Kansas City Fed', 'Then-DHS' and 'Solicitor General' read as the body, the body and a title", () => {
    const a = attribute(blocks('Quillton Fed President Ben Hart said "rates will hold."', 'Then-DHS Director Ann Lee vowed to "turn the tables."', 'Solicitor General Mia Bell said "the law is clear."'));
    expect(speakerOf(a, "rates will")).toMatchObject({ role: "President", affiliation: "Quillton Fed" });
    expect(speakerOf(a, "turn the")).toMatchObject({ role: "Director", affiliation: "DHS" });
    expect(speakerOf(a, "the law")).toMatchObject({ role: "Solicitor General", affiliation: null });
  });
});

describe("a nationality or a home country is no one's affiliation unless they serve it", () => {
  it("gives the country to an official or minister, not to a journalist, a student or someone from there", () => {
    const a = attribute(
      blocks(
        'Ann Vole, an Italian journalist who visited often, said it was "a mess."',
        'Mia Hart, a French student, said it was "a farce."',
        'Jo Lee, an immigrant from Mexico, said she was "afraid."',
        'Ben Vole, a German diplomat, said it was "a failure."',
        'Italian Foreign Minister Lia Conti said it was "a shame."',
      ),
    );
    expect(speakerOf(a, "a mess")?.affiliation).toBeNull();
    expect(speakerOf(a, "a farce")?.affiliation).toBeNull();
    expect(speakerOf(a, "afraid")?.affiliation).toBeNull();
    expect(speakerOf(a, "a failure")?.affiliation).toBe("Germany");
    expect(speakerOf(a, "a shame")?.affiliation).toBe("Italy");
  });
});

describe("chief officers' abbreviations", () => {
  it("reads CIO, CMO and CISO as titles: 'Zorgmax CIO Jo Lee'", () => {
    const a = attribute(blocks('At the home of Zorgmax CIO Jo Lee, executives showed the service. "The work is done," Lee said.'));
    expect(speakerOf(a, "The work")).toMatchObject({ role: "CIO", affiliation: "Zorgmax" });
  });
});
