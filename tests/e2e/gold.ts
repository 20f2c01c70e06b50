/** The seed article's gold quotes (tests/fixtures/seed/palmyra.expected.json) and how to compare against them. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./browsers";

export interface GoldQuote {
  starts: string;
  ends: string;
  speaker: string;
  accept: string[];
  role: string[];
  affiliation: Array<string | null>;
}

export const GOLD: GoldQuote[] = JSON.parse(
  readFileSync(path.join(ROOT, "tests/fixtures/seed/palmyra.expected.json"), "utf8"),
).quotes;

/** Case, whitespace and quote-mark style do not count as differences. */
export function normal(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();
}

export function isGoldSpeaker(gold: GoldQuote, name: string | null | undefined): boolean {
  if (!name) return false;
  return [gold.speaker, ...gold.accept].some((n) => normal(n) === normal(name));
}

/** Quoted text outside the article on the demo page: related headlines and reader comments. */
export const OUTSIDE_QUOTES: ReadonlyArray<{ selector: string; text: string }> = [
  { selector: ".related", text: "We will fight on," },
  { selector: ".related", text: "The damage is incalculable" },
  { selector: ".related", text: "does not mean we stop helping" },
  { selector: ".comments", text: "whoever holds Palmyra holds the desert." },
  { selector: ".comments", text: "and then what?" },
  { selector: ".comments", text: "We will rebuild" },
];
