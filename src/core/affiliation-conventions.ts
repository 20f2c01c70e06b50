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
 * Quill Budget Office", "the nonprofit Harbour Watch".
 */
export const LEANINGS: ReadonlySet<string> = wordSet(`
  right-wing left-wing far-right far-left hard-right hard-left center-right center-left centre-right centre-left
  conservative liberal progressive libertarian centrist moderate nonpartisan non-partisan bipartisan
  independent free-market pro-business pro-labor pro-labour
  nonprofit non-profit not-for-profit for-profit charitable state-run state-owned government-funded
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

/**
 * The party a capitalised party word names: "Republican", "Democratic", "GOP"; lower-case "independent" and single
 * letters are not read, with or without a stop ("R. Jo Lee" is an initial).
 */
export function partyOfWord(word: string): Party | null {
  const w = word.trim();
  return w.length > 1 && /^\p{Lu}/u.test(w) && !/^\p{Lu}\.$/u.test(w) ? partyOf(w) : null;
}

/** The country a nationality before a title speaks for: "German" (Chancellor) → "Germany". Only the lexicon's nationalities: "Federal" or "Christian" are none. */
export function countryOfNationality(word: string): string | null {
  return /^\p{Lu}/u.test(word) ? countryOfDemonym(word) : null;
}

/**
 * Whether someone described by `role` ("journalist", "former soldier", "Foreign Minister") speaks for the country
 * their nationality names: an office holder or official does; a private person ("an Italian journalist", "a French
 * student") only comes from it, and a former one no longer serves it.
 */
export function speaksForCountry(role: string): boolean {
  const words = role.toLowerCase().split(/\s+/u);
  return !words.includes("former") && !PRIVATE_ROLES.has(words.at(-1)!.replace(/s$/u, ""));
}

/** Roles of people who speak for themselves or an employer, not for their country. */
const PRIVATE_ROLES: ReadonlySet<string> = wordSet(`
  journalist reporter correspondent writer author novelist poet artist painter photographer filmmaker actor actress
  singer musician rapper comedian student immigrant migrant refugee resident citizen tourist traveler traveller
  businessman businesswoman entrepreneur billionaire tycoon investor scientist researcher academic scholar historian
  doctor physician nurse lawyer activist blogger fan athlete player footballer woman man mother father teenager girl
  boy model chef designer architect engineer farmer worker expert analyst professor asylum-seeker
`);

/** A state, a country or another known place: "Virginia", "Ohio", "Germany" (where a legislator serves, not whom they speak for). */
export function isPlaceName(words: readonly string[]): boolean {
  const name = words.join(" ").replace(/[.,;:]+$/u, "");
  return name !== "" && (stateOf(name) !== null || countryOf(name) !== null || typeName(words) === "place");
}

/** Bodies a candidate's name stands before in a staff title: "Quill campaign chairman" works for the Quill campaign. */
const CANDIDATE_BODIES: ReadonlySet<string> = wordSet(`
  campaign
`);

/** "campaign": a body a candidate's name stands before ("the Quill campaign"). */
export function isCandidateBody(word: string): boolean {
  return CANDIDATE_BODIES.has(word);
}

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

/**
 * A capitalised word that only describes: "Presidential" (candidate),
 * "Mid-field" (candidates), "Congressional" — capitalised because it opens a
 * sentence, naming nothing. A compound with a lower-case part after its
 * hyphen, or an adjective ending (-al, -ic, -ive, -ous) on a word the typing
 * stage calls no organisation, outlet or place.
 */
export function isDescriptiveWord(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  if (/^\p{Lu}[\p{Ll}]*-\p{Ll}/u.test(word)) return true;
  if (!ADJECTIVE_ENDING.test(word) || partyOfWord(word) || countryOfDemonym(word)) return false;
  const type = typeName([word]);
  return type !== "organization" && type !== "outlet" && type !== "place";
}
/** Endings of adjectives written before a title: "Presidential", "Judicial", "Economic", "Legislative", "Famous". */
const ADJECTIVE_ENDING = /\p{Ll}(?:al|ic|ive|ous)$/u;

/** Last words of an event's name, which one attends, not works for: "the GOP Debate", "the Quill Rally". */
const EVENT_WORDS: ReadonlySet<string> = wordSet(`
  debate debates rally hearing summit caucus caucuses primary convention dinner gala festival ceremony parade
  march vigil meeting town-hall
`);

/** Whether a capitalised run names an event: "GOP Debate", "Democratic National Convention". */
export function namesEvent(words: readonly string[]): boolean {
  const last = words.at(-1)?.toLowerCase().replace(/[.,;:]+$/u, "");
  return last !== undefined && EVENT_WORDS.has(last);
}

/**
 * Last words that mark a name as an organisation's though no lexicon knows
 * it: "Zorg Rights Watch", "Quill Policy Forum", "the Vole Project".
 */
const ORGANIZATION_ENDINGS: ReadonlySet<string> = wordSet(`
  watch forum project initiative alliance coalition network fund trust caucus
`);

/**
 * Whether a capitalised run after "NAME of" is an organisation: one the
 * typing stage calls an organisation or outlet ("Quill Rights Watch"), or a
 * name ending in an organisation's kind of word ("Zorg Rights Watch").
 */
export function namesOrganizationAfterOf(words: readonly string[]): boolean {
  if (words.length === 0 || isPlaceName(words)) return false;
  const type = typeName(words);
  if (type === "organization" || type === "outlet") return true;
  const last = words.at(-1)!.toLowerCase().replace(/[.,;:]+$/u, "");
  return words.length >= 2 && ORGANIZATION_ENDINGS.has(last);
}

/** Chambers whose leaders' titles name the chamber: "Senate Majority Leader", "House Speaker". */
const CHAMBERS: ReadonlySet<string> = wordSet(`senate house assembly`);
/** Sides of a chamber in a leader's title: "Minority Leader". */
const CHAMBER_SIDES: ReadonlySet<string> = wordSet(`majority minority`);
/** Leadership titles a chamber's name belongs to. */
const CHAMBER_LEADERS: ReadonlySet<string> = wordSet(`leader whip speaker`);

/**
 * Where a chamber's leadership title starts when it ends `words` (the words
 * before a name) and the role read so far starts at `roleFrom`: "Senate
 * Minority Leader", "House Majority Whip" is one title, the chamber no
 * affiliation (a party tag or word says whom they speak for). `roleFrom`
 * itself otherwise.
 */
export function chamberTitleFrom(words: readonly string[], roleFrom: number): number {
  const lower = words.map((w) => w.toLowerCase());
  if (!CHAMBER_LEADERS.has(lower.at(-1) ?? "")) return roleFrom;
  let k = words.length - 1;
  if (k > 0 && CHAMBER_SIDES.has(lower[k - 1]!)) k--;
  return k > 0 && CHAMBERS.has(lower[k - 1]!) && /^\p{Lu}/u.test(words[k - 1]!) ? k - 1 : roleFrom;
}

/** A cabinet portfolio written before "Minister" or "Secretary": the remit, no body ("Treasury" is one, and is not here). */
const PORTFOLIOS: ReadonlySet<string> = wordSet(`
  health transport finance foreign home defence defense justice education energy environment interior trade culture
  housing agriculture immigration commerce economy business tourism employment industry
`);
/** Titles a portfolio stands before. */
const CABINET_TITLES: ReadonlySet<string> = wordSet(`minister secretary`);

/**
 * "Health Secretary Jo Lee", "Ruritanian Finance Minister Ann Vole": the portfolio is part of the title and the
 * minister speaks for the government, of the country written before it if any. `words` are the words before the
 * name, the title last; returns how many of them the role takes and the affiliation, or null when no portfolio
 * title ends them or other words come before it.
 */
export function portfolioTitle(words: readonly string[]): { roleWords: number; affiliation: string } | null {
  const title = words.at(-1)?.toLowerCase().replace(/\.$/u, "");
  if (!title || !CABINET_TITLES.has(title)) return null;
  let k = words.length - 1;
  while (k > 0 && /^\p{Lu}/u.test(words[k - 1]!) && PORTFOLIOS.has(words[k - 1]!.toLowerCase())) k--;
  if (k === words.length - 1) return null;
  const roleWords = words.length - k;
  if (k === 0) return { roleWords, affiliation: "government" };
  if (k > 1) return null;
  const country = countryOfNationality(words[0]!) ?? countryOf(words[0]!);
  return country ? { roleWords, affiliation: country } : null;
}
