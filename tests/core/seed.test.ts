import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromText } from "../../src/cli/load";

const gold = JSON.parse(readFileSync("tests/fixtures/seed/palmyra.expected.json", "utf8")) as {
  quotes: { starts: string; speaker: string; accept: string[]; affiliation: (string | null)[] }[];
};
const { attribution } = fromText(readFileSync("tests/fixtures/seed/palmyra.txt", "utf8"), "palmyra.txt");
const norm = (s: string): string => s.toLowerCase().replace(/[’‘]/gu, "'").replace(/^the /u, "");

describe("the founding example", () => {
  it("finds exactly the 10 quoted statements", () => {
    expect(attribution!.quotes).toHaveLength(gold.quotes.length);
  });
  it.each(gold.quotes.map((g) => [g.starts, g] as const))("%s", (_starts, g) => {
    const q = attribution!.quotes.find((x) => norm(x.text).includes(norm(g.starts)));
    expect(q, "quote found").toBeDefined();
    const s = attribution!.speakers.find((x) => x.id === q!.speakerId);
    const names = [s?.name, ...(s?.aliases ?? [])].filter(Boolean).map((n) => norm(n!));
    expect([g.speaker, ...g.accept].map(norm).some((n) => names.includes(n)), `speaker ${s?.name}`).toBe(true);
    // An empty list: the article states none, and none is right.
    const accepted = g.affiliation.length === 0 ? [null] : g.affiliation.map((x) => (x === null ? null : norm(x)));
    expect(accepted).toContain(s!.affiliation === null ? null : norm(s!.affiliation));
  });
});
