/**
 * Quotes grouped by speaker for the popup list, and the search over them.
 * Pure. Named speakers (people and organisations) come first in the order the
 * article introduces them, then anonymous sources, then quotes the engine
 * would not attribute. Each group keeps its quotations and its reported
 * statements (no quote marks) apart.
 */
import type { Attribution, Quote, ReportedStatement, Speaker } from "../src/core/attribution";
import type { Said } from "../src/describe";

export interface Group {
  /** Stable key: the speaker id, or UNATTRIBUTED_KEY. */
  key: string;
  speaker: Speaker | null;
  quotes: Quote[];
  /** What the article reports them saying without quote marks. */
  reported: ReportedStatement[];
}

export const UNATTRIBUTED_KEY = "unattributed";

/** Sort rank per kind of group: lower comes first. */
const RANK: Readonly<Record<Speaker["kind"] | "none", number>> = {
  person: 0,
  organization: 0,
  anonymous: 1,
  none: 2,
};

export function groupBySpeaker(attribution: Attribution): Group[] {
  const speakers = new Map(attribution.speakers.map((s) => [s.id, s]));
  const groups = new Map<string, Group>();
  const groupOf = (said: Said): Group => {
    const speaker = said.speakerId ? (speakers.get(said.speakerId) ?? null) : null;
    const key = speaker ? speaker.id : UNATTRIBUTED_KEY;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, speaker, quotes: [], reported: [] }));
    return group;
  };
  for (const quote of attribution.quotes) groupOf(quote).quotes.push(quote);
  for (const statement of attribution.reported) groupOf(statement).reported.push(statement);
  const rank = (g: Group): number => RANK[g.speaker?.kind ?? "none"];
  // Array.prototype.sort is stable: first-appearance order survives within a rank.
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

/** How many words of a quote the collapsed list shows. */
const OPENING_WORDS = 9;

/** The quote's opening words, with an ellipsis when cut. */
export function openingWords(text: string): { opening: string; cut: boolean } {
  const words = text.trim().split(/\s+/);
  if (words.length <= OPENING_WORDS) return { opening: words.join(" "), cut: false };
  return { opening: `${words.slice(0, OPENING_WORDS).join(" ")}…`, cut: true };
}

/** Lower case, accents and quote-mark styles folded, whitespace collapsed: "Nasser’s" finds "nasser's". */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’‛′]/gu, "'")
    .replace(/[“”„″]/gu, '"')
    .replace(/\s+/gu, " ")
    .toLowerCase()
    .trim();
}

/** Everything a search can match for one quote: its words, its cue, and who said it. */
function haystack(quote: Said, speaker: Speaker | null): string {
  const who = speaker ? [speaker.name, ...speaker.aliases, speaker.role ?? "", speaker.affiliation ?? ""] : [];
  return fold([quote.text, quote.cue ?? "", ...who].join("\n"));
}

/**
 * The groups with only the quotes and statements that contain every word of
 * `query` (anywhere in the words, the cue, or the speaker's name, role,
 * affiliation), without reported statements when `quotesOnly`; groups left
 * empty are dropped. An empty query keeps everything.
 */
export function filterGroups(groups: readonly Group[], query: string, quotesOnly = false): Group[] {
  const terms = fold(query).split(" ").filter(Boolean);
  const out: Group[] = [];
  for (const group of groups) {
    const matches = <T extends Said>(items: readonly T[]): T[] =>
      items.filter((q) => {
        const hay = haystack(q, group.speaker);
        return terms.every((t) => hay.includes(t));
      });
    const quotes = matches(group.quotes);
    const reported = quotesOnly ? [] : matches(group.reported);
    if (quotes.length || reported.length) out.push({ ...group, quotes, reported });
  }
  return out;
}
