import { describe, expect, it } from "vitest";
import { findQuoteSpans } from "../../src/core/quotes";
import { splitSentences } from "../../src/core/sentences";
import { tokenize } from "../../src/core/tokens";

const inner = (text: string): string[] => findQuoteSpans(text).map((s) => text.slice(s.start, s.end));

describe("quote spans", () => {
  it.each([
    ["straight", 'He said "we will win" today.', ["we will win"]],
    ["curly", "He said “we will win” today.", ["we will win"]],
    ["guillemets", "Il a dit «nous gagnerons» hier.", ["nous gagnerons"]],
    ["German low-high", "Er sagte „wir gewinnen“ heute.", ["wir gewinnen"]],
    ["straight open, curly close", '"The regime\'s advances are heavy.” said Tabler.', ["The regime's advances are heavy."]],
    ["curly open, straight close", '“How it goes remains unknown," said Tabler.', ["How it goes remains unknown,"]],
    ["single quotes at the top level", "‘We had some issues,’ exec says", ["We had some issues,"]],
    ["space inside the marks", 'he told Vole. " You guys have done such a good job."', ["You guys have done such a good job."]],
    ["British single quotes with a plural possessive inside", "‘The fans and the players’ effort were incredible,’ Quarrie said.", ["The fans and the players’ effort were incredible,"]],
    ["two single marks typed for one double", "‘‘It was an attempt to mislead voters,’’ Jo Lee told QWN.", ["It was an attempt to mislead voters,"]],
    ["space before a straight closing mark", '"But who are we? " she wrote. "The answer is compassion."', ["But who are we?", "The answer is compassion."]],
    ["a curly closing mark glued to the cue", "“We had no warning,”Ann Vole said. “None.”", ["We had no warning,", "None."]],
    ["a straight closing mark glued to the cue", '"It was a surprise,"Lee said. "A big one."', ["It was a surprise,", "A big one."]],
    ["an opening mark glued to the sentence before", 'Police questioned the staff."We were misled," said Tom Quarrie.', ["We were misled,"]],
  ])("%s", (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  it("keeps a nested single-quoted word inside its quote", () => {
    expect(inner("“How will it use this ‘launchpad’ to retake the valley,” said Tabler.")).toEqual([
      "How will it use this ‘launchpad’ to retake the valley,",
    ]);
  });

  it("does not take apostrophes for quote marks", () => {
    expect(inner("Syria's army and the Democrats’ plan in the '90s, rock 'n' roll, Russia’s jets")).toEqual([]);
  });

  it("runs an unclosed quote to the end of its paragraph (multi-paragraph quotes)", () => {
    const text = "Martins commented: “Cannabis use disorder in adolescents rose";
    const [span] = findQuoteSpans(text);
    expect(span?.close).toBe(-1);
    expect(text.slice(span!.start, span!.end)).toBe("Cannabis use disorder in adolescents rose");
  });

  it("pairs two quotes split by their cue", () => {
    expect(inner("“I love it,” she said, “and so do they.”")).toEqual(["I love it,", "and so do they."]);
  });
});

describe("sentences around quotes", () => {
  const sentencesOf = (text: string): string[] => {
    const tokens = tokenize(text, findQuoteSpans(text));
    return splitSentences(tokens, text).map((s) => text.slice(tokens[s.from]!.start, tokens[s.to - 1]!.end));
  };

  it("a quote ending with a full stop and a quote inside it ends its sentence", () => {
    expect(sentencesOf(`"Many see it as 'a message of fear.'" Chairman Tom Quarrie was away.`)).toEqual([`"Many see it as 'a message of fear.'"`, "Chairman Tom Quarrie was away."]);
  });

  it("a question ending with a quote inside it still takes the cue after it", () => {
    expect(sentencesOf(`"He asked, 'How do we win?'" Will Ruffo, the chairman, said of the visit.`)).toHaveLength(1);
  });
});
