import { describe, expect, it } from "vitest";
import { attribute } from "../../src/core/attribute";
import {
  countryOf, countryOfDemonym, explainType, givenNameGender, isCommonWordName, partyOf, readPartyTag, stateOf,
  typeName,
} from "../../src/core/entity-type";

/** Types the name written between [ and ] in a made-up sentence. */
function typed(sentence: string) {
  const m = /^(.*)\[([^\]]+)\](.*)$/su.exec(sentence);
  if (!m) throw new Error(`no [name] in ${sentence}`);
  return explainType(m[2]!.split(" "), { before: m[1]!, after: m[3]! });
}
const typeOf = (sentence: string) => typed(sentence).type;

describe("a platform a person posts on is no speaker", () => {
  it("types a social platform by name", () => {
    expect(typeOf('Lee wrote on [Instagram]: "We are back."')).toBe("platform");
    expect(typeOf('Quill posted on [TikTok] that "it was over."')).toBe("platform");
    expect(typeOf("[Truth Social] was down for an hour.")).toBe("platform");
  });

  it("types a platform whose name is a word only after on or via", () => {
    expect(typeOf('Lee said on [X] that "the vote is rigged."')).toBe("platform");
    expect(typeOf("They spoke via [Zoom] on Tuesday.")).toBe("platform");
    expect(typeOf('[Signal] Lee said, "not today."')).not.toBe("platform");
  });

  it("reads an unknown name after a posting verb and 'on' as a platform", () => {
    expect(typed('Vole wrote on [Zorgbook]: "I quit."')).toEqual({ type: "platform", rule: "posted-on" });
  });
});

describe("an outlet a person talks to is no affiliation", () => {
  it("types a listed news outlet", () => {
    expect(typeOf('"It was a mistake," Lee told [The New York Times].')).toBe("outlet");
    expect(typeOf('"We will see," Lee told [NHK].')).toBe("outlet");
    expect(typeOf("In an interview with [Al Jazeera], Lee said the talks failed.")).toBe("outlet");
  });

  it("types a name of the outlet shape: Daily …, … Gazette, … Times", () => {
    expect(typeOf('"I regret nothing," Lee told the [Daily Planet].')).toBe("outlet");
    expect(typeOf("Lee told the [Quillton Gazette] he would run.")).toBe("outlet");
    expect(typeOf("a report in the [Zorg Valley Times]")).toBe("outlet");
    expect(typeOf("the [Quillton Sun-Times] reported")).toBe("outlet");
  });

  it("types an outlet whose name is also a word only after told the, according to the", () => {
    expect(typeOf('"No," Lee told the [Sun].')).toBe("outlet");
    expect(typeOf("according to the [Times], the deal is off")).toBe("outlet");
    expect(typeOf("[Sun] Lee said she was tired.")).not.toBe("outlet");
  });
});

describe("a place is no speaker", () => {
  it("types countries, capitals, US states and cities by name", () => {
    expect(typeOf('"We disagree," Lee said of [Washington\'s] position.')).toBe("place");
    expect(typeOf('[Brussels] said the rules would stand.')).toBe("place");
    expect(typeOf("[Germany] and France signed.")).toBe("place");
    expect(typeOf("talks in [New York] ended")).toBe("place");
    expect(typeOf("a deal with [Texas] officials")).toBe("place");
  });

  it("types an unknown name after a place preposition as a place", () => {
    expect(typed("Lee spoke to reporters in [Quillton] on Monday.")).toEqual({ type: "place", rule: "place-preposition" });
    expect(typeOf("refugees arriving from [Vorland] said")).toBe("place");
  });

  it("types a direction before a known place, and a place's head last, as a place", () => {
    expect(typed("a small town in [South Texas] and its mosque")).toEqual({ type: "place", rule: "place-shape" });
    expect(typed("meeting him in July at [Zorg Tower] and inviting him")).toEqual({ type: "place", rule: "place-shape" });
    expect(typeOf("[Vole County] said the roads were closed")).toBe("place");
    expect(typeOf("[Jo Bay] said the roads were closed")).toBe("person");
    expect(typeOf("the economics of [Zorg River Basin] mining are attractive")).toBe("place");
    expect(typeOf("[Zorgton Creek] flooded the road")).toBe("place");
  });

  it("keeps a possessive after a preposition open: in Lee's view is no place", () => {
    expect(typeOf("In [Zorgan's] view, the plan fails.")).not.toBe("place");
  });
});

describe("capitalised words that are no names", () => {
  it("types an occasion as none, but not a person whose surname is an occasion's word", () => {
    expect(typed('He spoke on [Zorgton Day] in Quillton.')).toEqual({ type: "none", rule: "event" });
    expect(typeOf('At the [Harbour Film Festival], "it was cold," Lee said.')).toBe("none");
    expect(typeOf('[Jo Day] said "it was cold."')).toBe("person");
  });

  it("types a law and a decade as none, but not a person whose surname is a law's word", () => {
    expect(typed('"It does not apply here," the [Harbour Decency Act] says of such sites.')).toEqual({ type: "none", rule: "law" });
    expect(typeOf('The task was as hard as in the [Seventies], "but not insurmountable," he said.')).toBe("none");
    expect(typeOf('[Jo Act] said "it was cold."')).toBe("person");
    // Two words may be a band or a group: "Class Act, the Quillton five-piece, said".
    expect(typeOf('"We are back," [Class Act] said in a statement.')).not.toBe("none");
  });

  it("types one word with an abstract noun's ending as none, but not a surname or an organisation's head word", () => {
    expect(typed("[Suspicion] turned to rage when the partner saw the accounts.")).toEqual({ type: "none", rule: "abstract-noun" });
    expect(typeOf("[Frustration] grew as the talks stalled.")).toBe("none");
    expect(typeOf("[Harrison] said the talks had stalled.")).toBe("person");
    expect(typeOf("[Morrison] said the talks had stalled.")).toBe("person");
    expect(typeOf("The [Commission] said the talks had stalled.")).not.toBe("none");
  });

  it("types sentence adverbs and discourse words as none", () => {
    expect(typeOf('[Earlier], "we had no idea," Lee said.')).toBe("none");
    expect(typeOf('[Overall] said the figures were fine.')).toBe("none");
    expect(typeOf("[Notably], the minister was absent.")).toBe("none");
    expect(typeOf("[Meanwhile], the talks stalled.")).toBe("none");
    expect(typeOf("[Nobody] wants a fight.")).toBe("none");
    expect(typeOf("[Everyone] said the same.")).toBe("none");
  });

  it("types numbers, spans of time, adverbs by their ending and names made adjectives as none", () => {
    expect(typeOf("[Eight] years ago, he backed Vole and said, “…”")).toBe("none");
    expect(typeOf("[Hours] later, Lee returned the compliment, telling reporters …")).toBe("none");
    expect(typeOf("[Hastily] blaming the rivals, Lee warned of “terror”.")).toBe("none");
    expect(typeOf("Lee offered a [Vole-style] retort, tweeting “…”")).toBe("none");
    expect(typeOf("[Kelly] said the figures were fine.")).toBe("person");
    expect(typeOf("[Al-Zorgi] said the figures were fine.")).not.toBe("none");
  });

  it("types a past participle opening its clause as none, but not a given name of that shape", () => {
    expect(typeOf("[Chastened] by the analyses, Lee revised his plan.")).toBe("none");
    expect(typeOf("[Stunned], the crowd fell silent.")).toBe("none");
    expect(typeOf("[Alfred], the porter, said no.")).toBe("person");
  });

  it("types a direction before a nationality as none", () => {
    expect(typeOf("its dealings with [Northern Ruritanian] states")).toBe("none");
    expect(typeOf("[South Korean] officials said")).toBe("none");
  });

  it("types a party word as a description: an adjective before a noun, a member after 'the' or 'a'", () => {
    expect(typed("[Democratic] front-runner Jo Lee spoke first.")).toEqual({ type: "none", rule: "party-adjective" });
    expect(typed('"We will see," the [Republican] said.')).toEqual({ type: "none", rule: "party-member" });
    expect(typeOf('"We will see," a [Democrat] from Quillshire said.')).toBe("none");
    expect(typeOf('"We will see," the [GOP] said.')).not.toBe("none");
  });

  it("types a month before a day number as none, and as a name otherwise", () => {
    expect(typed("On [May] 5 the vote was held.")).toEqual({ type: "none", rule: "date" });
    expect(typeOf("[May Lee] said she would stay.")).toBe("person");
  });

  it("types nationalities joined by and as none, known or invented", () => {
    expect(typeOf("[Ruritanian and Vorlandian] officials met on Friday.")).toBe("none");
    expect(typeOf("[German and French] leaders agreed.")).toBe("none");
    expect(typeOf("[Israelis] said they were tired of war.")).toBe("none");
  });

  it("types a known place's people as none, but not a surname of the same ending", () => {
    expect(typed("shelters for 11 million [New Yorkers] and their pets")).toEqual({ type: "none", rule: "residents" });
    expect(typeOf("[Texans] voted on Tuesday.")).toBe("none");
    expect(typeOf("[Londoners] queued for hours.")).toBe("none");
    expect(typeOf("[Chicagoans] were asked to stay home.")).toBe("none");
    expect(typeOf("[Evans] said the roads were closed.")).toBe("person");
    expect(typeOf("[Waters] said the roads were closed.")).toBe("person");
  });

  it("types an invented nationality before a noun or title as none, but not a surname of the same shape before a verb", () => {
    expect(typeOf("[Ruritanian] officials said the border was closed.")).toBe("none");
    expect(typeOf("the [Vorlandian] prime minister said")).toBe("none");
    expect(typeOf('"No," [Petrosian] said.')).toBe("person");
  });

  it("does not call a title a name but lets the name after it be a person", () => {
    expect(typeOf("Ruritanian Foreign Minister [Jo Lee] said")).toBe("person");
    expect(typeOf("[Foreign Minister Jo Lee] said")).toBe("person");
  });
});

describe("people", () => {
  it("types a name whose first word is a given name as a person", () => {
    expect(typed('"Enough," said [Jo Zorgan].')).toEqual({ type: "person", rule: "given-name" });
    expect(typeOf("[Maria Quill], 45, said")).toBe("person");
  });

  it("types a name after an honorific or title as a person, even a place name", () => {
    expect(typeOf("Sen. [Vole] said")).toBe("person");
    expect(typeOf("Mr. [Washington] said")).toBe("person");
    expect(typeOf("President [Zorg] said")).toBe("person");
  });

  it("lets a given name beat a trailing organisation head: Margaret Court is a person", () => {
    expect(typeOf("[Margaret Court] said")).toBe("person");
    expect(typeOf("[George Denver] said")).toBe("person");
  });

  it("falls back to a person for an unknown name, and says so", () => {
    expect(typed('"No," said [Zorgan].')).toEqual({ type: "person", rule: "default" });
  });
});

describe("organisations", () => {
  it("types names with an organisation head as organisations", () => {
    expect(typeOf("[Quill Inc.] said profits fell.")).toBe("organization");
    expect(typeOf("the [Vorland People's Party] said")).toBe("organization");
    expect(typeOf("the [Ministry of Health] said")).toBe("organization");
    expect(typeOf("the [Senate Judiciary Committee] voted")).toBe("organization");
    expect(typeOf("[Jo Lee Foundation] said")).toBe("organization");
  });

  it("types a known organisation and an acronym as organisations", () => {
    expect(typeOf("[NATO] said")).toBe("organization");
    expect(typeOf("[Amtrak] said")).toBe("organization");
  });

  it("gives typeName the same answer as explainType", () => {
    expect(typeName(["Instagram"], { before: "wrote on " })).toBe("platform");
    expect(typeName([])).toBe("none");
  });
});

describe("nationality → country", () => {
  it("maps real demonyms to their country", () => {
    expect(countryOfDemonym("German")).toBe("Germany");
    expect(countryOfDemonym("Chinese")).toBe("China");
    expect(countryOfDemonym("British")).toBe("United Kingdom");
    expect(countryOfDemonym("French")).toBe("France");
    expect(countryOfDemonym("Israelis")).toBe("Israel");
    expect(countryOfDemonym("Saudi")).toBe("Saudi Arabia");
  });

  it("guesses an invented country from the demonym's shape only when asked", () => {
    expect(countryOfDemonym("Ruritanian")).toBeNull();
    expect(countryOfDemonym("Ruritanian", { guess: true })).toBe("Ruritania");
    expect(countryOfDemonym("Vorlandian", { guess: true })).toBe("Vorland");
    expect(countryOfDemonym("Christian", { guess: true })).toBeNull();
    expect(countryOfDemonym("Julian", { guess: true })).toBeNull();
  });

  it("reads country names and acronyms", () => {
    expect(countryOf("Britain")).toBe("United Kingdom");
    expect(countryOf("UAE")).toBe("United Arab Emirates");
    expect(countryOf("the Netherlands")).toBe("Netherlands");
    expect(countryOf("Ruritania")).toBeNull();
  });
});

describe("US states in news forms", () => {
  it("reads AP abbreviations, postal codes and names", () => {
    expect(stateOf("Calif.")?.name).toBe("California");
    expect(stateOf("Texas")).toEqual({ name: "Texas", ap: "Texas", postal: "TX" });
    expect(stateOf("Mass.")?.name).toBe("Massachusetts");
    expect(stateOf("N.Y.")?.name).toBe("New York");
    expect(stateOf("W. Va.")?.name).toBe("West Virginia");
    expect(stateOf("Kan.")?.postal).toBe("KS");
    expect(stateOf("NY")?.name).toBe("New York");
  });

  it("does not read a lower-case word as a postal code", () => {
    expect(stateOf("in")).toBeNull();
    expect(stateOf("Ruritania")).toBeNull();
  });
});

describe("party conventions", () => {
  it("reads party letters and words", () => {
    expect(partyOf("R")).toBe("Republican");
    expect(partyOf("D")).toBe("Democrat");
    expect(partyOf("I")).toBe("Independent");
    expect(partyOf("GOP")).toBe("Republican");
    expect(partyOf("Democratic")).toBe("Democrat");
    expect(partyOf("r")).toBeNull();
    expect(partyOf("Party")).toBeNull();
  });

  it("reads letter-state tags in every punctuation", () => {
    expect(readPartyTag("Sen. Jo Lee, R-Texas, said")).toEqual({ party: "Republican", state: "Texas", match: "R-Texas" });
    expect(readPartyTag("Rep. Jo Lee (D-Calif.) said")).toEqual({ party: "Democrat", state: "California", match: "(D-Calif.)" });
    expect(readPartyTag("(R-Ky.)")?.state).toBe("Kentucky");
    expect(readPartyTag("Sen. Jo Lee, I-Vt.")).toMatchObject({ party: "Independent", state: "Vermont" });
    expect(readPartyTag("Rep. Jo Lee, D-N.Y., said")).toMatchObject({ party: "Democrat", state: "New York" });
    expect(readPartyTag("Sen. Jo Lee, D-W.Va., said")).toMatchObject({ state: "West Virginia" });
    expect(readPartyTag("Sen. Jo Lee, R-Texas.")).toMatchObject({ state: "Texas", match: "R-Texas" });
  });

  it("reads a party word with from or of a state, or alone", () => {
    expect(readPartyTag("Jo Lee, a Democrat from Virginia, said")).toMatchObject({ party: "Democrat", state: "Virginia" });
    expect(readPartyTag("Democratic Rep. Jo Lee of Texas")).toMatchObject({ party: "Democrat", state: "Texas" });
    expect(readPartyTag("the Republican senator said")).toEqual({ party: "Republican", state: null, match: "Republican" });
    expect(readPartyTag("Jo Lee (R) said")).toMatchObject({ party: "Republican", state: null });
  });

  it("ignores look-alikes that are no party tags", () => {
    expect(readPartyTag("on D-Day the troops landed")).toBeNull();
    expect(readPartyTag("a republican form of government")).toBeNull();
    expect(readPartyTag("the I-95 corridor")).toBeNull();
  });
});

describe("given names", () => {
  it("gives the gender a given name is used for", () => {
    expect(givenNameGender("Maria")).toBe("female");
    expect(givenNameGender("John Quill")).toBe("male");
    expect(givenNameGender("Jo")).not.toBeNull();
    expect(givenNameGender("Zorgan")).toBeNull();
  });

  it("flags given names that are also English words", () => {
    expect(isCommonWordName("Will")).toBe(true);
    expect(isCommonWordName("Maria")).toBe(false);
  });
});

describe("institutions and acronyms that look like other words", () => {
  it("types government metonyms and armed groups as organisations", () => {
    expect(typeOf("the [Kremlin] said")).toBe("organization");
    expect(typeOf("the [White House] said")).toBe("organization");
    expect(typeOf("[Hamas] said")).toBe("organization");
  });

  it("reads an all-capitals word as an acronym, not the function word it spells", () => {
    expect(typeOf("the [US] said")).toBe("place");
    expect(typeOf("[IT] said")).toBe("organization");
  });

  it("types a word-like outlet before a reporting verb", () => {
    expect(typeOf("the [Guardian] reported")).toBe("outlet");
    expect(typeOf("across the [Atlantic] ocean")).not.toBe("outlet");
  });
});

describe("participles opening a sentence", () => {
  it("types 'Speaking at …' as no name, but a surname of that shape before a verb as a person", () => {
    expect(typeName(["Speaking"], { before: "", after: " at a town hall in Oslo, Lee said" })).toBe("none");
    expect(typeName(["Walking"], { before: "Later. ", after: " out of the hall, she" })).toBe("none");
    expect(typeName(["Manning"], { before: "", after: " said the plan" })).toBe("person");
  });
});

describe("abstract nouns and the bodies that share their endings", () => {
  it("keeps 'the Opposition', a one-word company and a surname as speakers", () => {
    expect(typeOf("The [Opposition] said the plan was wrong.")).not.toBe("none");
    expect(typeOf("[Zorgvision] said it would cut 300 jobs.")).not.toBe("none");
    expect(typeOf("[Mission] said the harvest was good.")).not.toBe("none");
  });
});

describe("holidays", () => {
  it.each([
    ["I wrote to her on [Christmas Day], and told her."],
    ["We met over [Thanksgiving] that year."],
    ["The store opens on [Labor Day]."],
    ["They met on [New Year's Eve] in Quillton."],
  ])("%s is no name", (sentence) => {
    expect(typed(sentence)).toMatchObject({ type: "none", rule: "holiday" });
  });

  it("leaves a person whose surname is a day's word a person", () => {
    expect(typeOf("[Doris Day] sang the song.")).toBe("person");
  });
});

describe("a holiday is no one a later pronoun stands for", () => {
  it("does not hand 'he' the holiday named before", () => {
    const text = [
      { text: "I wrote to her on Christmas Day, and told her the news.", kind: "paragraph" as const },
      { text: "She was glad to hear from me at Christmas, she said.", kind: "paragraph" as const },
      { text: "My father knew better. He had these words put on her stone: “A devoted mother and friend.”", kind: "paragraph" as const },
    ];
    const a = attribute(text);
    expect(a.speakers.map((s) => s.name)).not.toContain("Christmas Day");
  });
});
