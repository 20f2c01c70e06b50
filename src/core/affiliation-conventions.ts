/**
 * News conventions that state an affiliation in a form other than the
 * organisation's name: a party tag ("(D-Calif.)", "R-WI", "(D)"), a party
 * word ("House Republican", "a Democrat from Virginia") and a nationality
 * before a title ("German Chancellor" speaks for Germany). Thin wrappers over
 * the typing stage's readers (entity-type.ts), which know the lexicons; this
 * file only says where profile.ts may trust them.
 */
import { countryOf, countryOfDemonym, partyOf, readPartyTag, stateOf, typeName, type Party } from "./entity-type";
import { wordSet } from "./word-set";

/**
 * Political leanings and standings written before an organisation's name,
 * which are no part of it: "the right-wing Acme Forum", "the nonpartisan
 * Quill Budget Office".
 */
export const LEANINGS: ReadonlySet<string> = wordSet(`
  right-wing left-wing far-right far-left hard-right hard-left center-right center-left centre-right centre-left
  conservative liberal progressive libertarian centrist moderate nonpartisan non-partisan bipartisan
  independent free-market pro-business pro-labor pro-labour
`);

/**
 * The party of a legislator's tag, the whole text being the tag: "D-Calif.",
 * "R-WI", "I-Vt.", "D". The state is where they serve, not whom they speak
 * for, so it is dropped.
 */
export function partyOfTag(tag: string): Party | null {
  const t = tag.trim().replace(/^\(|\)$/gu, "");
  if (/^[RDIGL]$/u.test(t)) return partyOf(t);
  // "D-Calif" as cut by a tokenizer that kept the abbreviation's stop apart.
  for (const form of [t, `${t}.`]) {
    const read = readPartyTag(form);
    if (read !== null && read.state !== null && read.match === form) return read.party;
  }
  return null;
}

/** The party a capitalised party word names: "Republican", "Democratic", "GOP"; lower-case "independent" and single letters are not read. */
export function partyOfWord(word: string): Party | null {
  const w = word.trim();
  return w.length > 1 && /^\p{Lu}/u.test(w) ? partyOf(w) : null;
}

/** The country a nationality before a title speaks for: "German" (Chancellor) → "Germany". Only the lexicon's nationalities: "Federal" or "Christian" are none. */
export function countryOfNationality(word: string): string | null {
  return /^\p{Lu}/u.test(word) ? countryOfDemonym(word) : null;
}

/** A state, a country or another known place: "Virginia", "Ohio", "Germany" (where a legislator serves, not whom they speak for). */
export function isPlaceName(words: readonly string[]): boolean {
  const name = words.join(" ").replace(/[.,;:]+$/u, "");
  return name !== "" && (stateOf(name) !== null || countryOf(name) !== null || typeName(words) === "place");
}

/** Bodies a candidate's name stands before in a staff title: "Quill campaign chairman" works for the Quill campaign. */
const CANDIDATE_BODIES: ReadonlySet<string> = wordSet(`
  campaign
`);

/**
 * The affiliation of a staff title written after a candidate's name: "Quill"
 * with the role "campaign chairman" is the Quill campaign. A party stays the
 * party ("Republican campaign strategist" is a Republican), and any other
 * role leaves the affiliation as it is.
 */
export function campaignAffiliation(role: string | null, affiliation: string | null): string | null {
  if (!role || !affiliation) return affiliation;
  const body = role.trim().split(/\s+/u)[0]!.toLowerCase();
  if (!CANDIDATE_BODIES.has(body) || affiliation.toLowerCase().endsWith(` ${body}`) || partyOfWord(affiliation)) return affiliation;
  return `${affiliation} ${body}`;
}
