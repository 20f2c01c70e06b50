/**
 * Entity typing: what a capitalised name in a sentence stands for, from the
 * generated lexicons (src/core/lexicon, `npm run lexicon`) and the few words
 * around it. "wrote on Instagram" → platform, "said of Washington's position"
 * → place, "Earlier, …" → none, "Ruritanian and Vorlandian officials" → none,
 * "Jo Lee" → person, "the Daily Planet" → outlet. Also the readers that turn
 * news conventions into affiliations: demonym → country, AP or postal
 * abbreviation → state, party letter or word → party, "R-Texas" → both.
 *
 * Pure: strings in, values out. Rules run strictest first; `explainType`
 * names the rule that decided, so a caller can weigh a typing by how it was
 * reached ("default" is a guess).
 */
import { COUNTRY_NAMES, DEMONYMS } from "./lexicon/countries";
import { COMMON_WORD_NAMES, EITHER_NAMES, FEMALE_NAMES, MALE_NAMES } from "./lexicon/given-names";
import { OUTLET_HEADS, OUTLET_OPENERS, OUTLETS, OUTLETS_ONLY_IN_CONTEXT, PLATFORMS, PLATFORMS_ONLY_IN_CONTEXT } from "./lexicon/media";
import { NAME_JOINERS, ORGANIZATION_HEADS, ORGANIZATIONS } from "./lexicon/organizations";
import { PLACE_DIRECTIONS, PLACE_HEADS, PLACES } from "./lexicon/places";
import { US_STATES } from "./lexicon/us-states";
import { FUNCTION_WORDS, HOLIDAY_DAYS, HOLIDAYS, LY_ADVERBS, NOT_DEMONYMS, OPENERS, PARTIES, PERSON_TITLES } from "./lexicon/words";
import { wordSet } from "./word-set";

export type EntityType = "person" | "organization" | "place" | "platform" | "outlet" | "none";

/** The sentence around a name: its text before and after, as written (any length; only the nearest words are read). */
export interface NameContext {
  before?: string;
  after?: string;
}

/** A typing and the rule that decided it (the numbered steps of explainType). */
export interface Typing {
  type: EntityType;
  rule: TypingRule;
}

export type TypingRule =
  | "empty" | "not-a-name" | "date" | "holiday" | "demonyms" | "platform" | "outlet" | "outlet-shape" | "organization"
  | "organization-head" | "acronym" | "title-before" | "title-inside" | "place" | "given-name" | "posted-on"
  | "place-preposition" | "place-shape" | "party-adjective" | "party-member" | "event" | "law" | "residents" | "abstract-noun" | "default";

export type Gender = "male" | "female" | "either";
export type Party = "Republican" | "Democrat" | "Independent" | "Libertarian" | "Green" | "Labour" | "Conservative";

export interface UsState {
  name: string;
  /** AP style, as in datelines and party tags: "Calif.", "Texas", "N.Y.". */
  ap: string;
  /** USPS code: "CA". */
  postal: string;
}

export interface PartyTag {
  party: Party;
  /** Full state name, or null when the text gives none ("the Republican senator"). */
  state: string | null;
  /** The text that was read: "R-Texas", "(D-Calif.)", "a Democrat from Virginia". */
  match: string;
}

// ---- lexicons, parsed once ----

function entries(table: string): string[] {
  return table.split("|").map((e) => e.trim()).filter((e) => e !== "");
}
function pairMap(table: string): ReadonlyMap<string, string> {
  return new Map(entries(table).map((e) => {
    const at = e.indexOf("=");
    return [e.slice(0, at), e.slice(at + 1)] as const;
  }));
}
function lowerSet(table: string): ReadonlySet<string> {
  return new Set(entries(table).map((e) => e.toLowerCase()));
}

const COUNTRY_BY_NAME = pairMap(COUNTRY_NAMES);
const COUNTRY_BY_DEMONYM = pairMap(DEMONYMS);
const PLACE_NAMES = lowerSet(PLACES);
const PLACE_LAST_WORDS = wordSet(PLACE_HEADS);
/** Last words of the names of occasions: "Zorgton Day", "Quill Film Festival", "Harbour Cup". */
const EVENT_LAST_WORDS = wordSet(`
  day eve week festival olympics cup championship championships summit awards
`);
/** Last words of laws: "the Harbour Decency Act" (of three words or more: "Class Act" may be a band). */
const LAW_LAST_WORDS = wordSet(`act amendment treaty`);
const DIRECTIONS = wordSet(PLACE_DIRECTIONS);
const ORGANIZATION_NAMES = lowerSet(ORGANIZATIONS);
const PLATFORM_NAMES = lowerSet(PLATFORMS);
const CONTEXT_PLATFORMS = lowerSet(PLATFORMS_ONLY_IN_CONTEXT);
const OUTLET_NAMES = lowerSet(OUTLETS);
const CONTEXT_OUTLETS = lowerSet(OUTLETS_ONLY_IN_CONTEXT);
const OUTLET_LAST_WORDS = lowerSet(OUTLET_HEADS);
const OUTLET_FIRST_WORDS = lowerSet(OUTLET_OPENERS);
const MALE = wordSet(MALE_NAMES);
const FEMALE = wordSet(FEMALE_NAMES);
const EITHER = wordSet(EITHER_NAMES);
const COMMON_WORDS_AS_NAMES = wordSet(COMMON_WORD_NAMES);
const ORG_HEADS = wordSet(ORGANIZATION_HEADS);
const JOINERS = wordSet(NAME_JOINERS);
const TITLES = wordSet(PERSON_TITLES);
const NON_NAMES: ReadonlySet<string> = new Set([...wordSet(FUNCTION_WORDS), ...wordSet(OPENERS), ...wordSet(LY_ADVERBS)]);
const NOT_DEMONYM_WORDS = wordSet(NOT_DEMONYMS);
const HOLIDAY_WORDS = wordSet(HOLIDAYS);
const HOLIDAY_DAY_WORDS = wordSet(HOLIDAY_DAYS);
/** Words before a lone holiday's name that make it a time: "at Christmas", "this Easter", "over Thanksgiving". */
const TIME_BEFORE: ReadonlySet<string> = wordSet(`at on for before after since until till over during by this last next every of`);
/** Last words of a holiday's name: "Christmas Day", "Labor Day", "Good Friday", "New Year's Eve". */
const HOLIDAY_ENDS: ReadonlySet<string> = wordSet(`day eve weekend sunday monday tuesday wednesday thursday friday saturday`);
/** Endings no surname or short company name has ("-ness" is in "Guinness", "-ence" in "Lawrence", "-ision" in "Zorgvision"). */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{2,}(?:ation|ition|ution|ession|nsion|icion|ism)$/u;

/** A capitalised -ing word ("Speaking"); before a lower-case preposition, determiner or pronoun it opens a participle clause, not a name ("Manning said"). */
const OPENING_PARTICIPLE = /^[A-Z][a-z]{2,}ing$/u;
/** Endings only adverbs have ("Hastily", "Reportedly", "Ironically"); "Kelly" and "Daly" end otherwise. */
const ADVERB_SHAPE = /^[A-Z][a-z]{2,}(?:ily|ally|fully|ously|ively|edly|ingly|lessly|ently|antly|ably|ibly)$/u;
/** A name made an adjective by a lower-case tail: "Quill-style", "Vole-era", "Zorg-backed". */
const NAME_ADJECTIVE = /^[A-Z][\p{L}.'’]*-[a-z]+$/u;
/** A capitalised past participle ("Chastened"); before "by" or a comma it opens a clause. */
const OPENING_PAST_PARTICIPLE = /^[A-Z][a-z]{2,}ed$/u;
const CLAUSE_AFTER_PARTICIPLE = /^\s*(?:at|to|on|in|with|before|after|from|about|during|for|out|up|down|through|into|the|a|an|his|her|their|its|this|that|he|she|they|it|we|him|them)\b/u;
const PARTY_BY_WORD = pairMap(PARTIES);

interface StateRecord extends UsState {}
/** Every written form of a state, keyed without spaces and lower case ("w.va.", "newyork", "ny" is not here: postal codes are kept apart, upper case only). */
const STATE_BY_FORM = new Map<string, StateRecord>();
const STATE_BY_POSTAL = new Map<string, StateRecord>();
for (const row of entries(US_STATES)) {
  const [name, ap, postal, ...other] = row.split(";") as [string, string, string, ...string[]];
  const state: StateRecord = { name, ap, postal };
  STATE_BY_POSTAL.set(postal, state);
  for (const form of [name, ap, ...other]) STATE_BY_FORM.set(stateKey(form), state);
}
function stateKey(form: string): string {
  return form.toLowerCase().replace(/\s+/gu, "");
}

// ---- named tables of the stage ----

/** Months: a name only when no day number follows ("May 5" is a date; "May Lee" a person). */
const MONTHS: ReadonlySet<string> = wordSet(`
  january february march april may june july august september october november december jan jan. feb feb. mar
  mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
`);

/** Verbs after which "on NAME" is where something was posted or said ("wrote on Zorgbook", "said on X"). */
const POSTING_VERBS: ReadonlySet<string> = wordSet(`
  wrote write writes writing posted post posts posting said says shared shares tweeted tweets commented
  announced announces published publishes written streamed broadcast appeared appearing appears live video
  statement message post posts account page channel replied responded
`);
/** Prepositions after which an unknown name is a place ("in Quillton", "from Zorgia"). "at", "of", "for" are left out: "a professor at Quill", "the head of Acme". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = wordSet(`
  in from near outside across throughout into toward towards around inside within between beyond
`);
/** Verbs and phrases after which "the NAME" is an outlet when its name is also a word ("told the Sun", "according to the Times"). */
const OUTLET_CUE = /\b(?:told|to|with|for|by|in|wrote\s+in|written\s+in|published\s+in|according\s+to|an?\s+(?:op-ed|column|interview|article|piece|essay)\s+(?:in|for|with))\s+the\s*$/iu;
/** Verbs after "the NAME" that make a word-like outlet name an outlet: "the Guardian reported". */
const OUTLET_VERB_AFTER = /^\s*(?:first\s+)?(?:reported|reports|published|publishes|revealed|obtained|editorialized|wrote)\b/u;
/** What follows a nationality used as an adjective: "Ruritanian officials", "the Vorlandian prime minister". */
const AFTER_DEMONYM = /^\s*(?:(?:Foreign|Prime|Defense|Defence|Interior|Finance|Deputy|President|Minister|Prime|Ambassador|Embassy|Government|Army|Navy|Air|Officials?|Authorities|Forces|Troops|Ministry|Parliament|Chancellor|King|Queen|Crown|Premier|Senator|General|Colonel|Supreme|National)\b)/u;
/** Organisation heads that are also surnames: after a given name alone they make a person ("Margaret Court"). */
const SURNAME_HEADS: ReadonlySet<string> = wordSet(`
  court church bank banks guard trust front watch league union board house office center service fund
  capital group campaign project corps navy army
`);
/** Verbs that follow a speaker's name, so the word before them is no adjective of nationality ("Petrosian said"). */
const VERBS_AFTER_NAMES: ReadonlySet<string> = wordSet(`
  said says told tells added adds asked asks wrote writes argued argues noted notes warned warns insisted
  is was has had will would could should may might can did does do are were also who which
`);

/** Words that hold the parts of a list of names: "Ruritanian and Vorlandian". */
const COORDINATORS: ReadonlySet<string> = wordSet(`and or & , nor`);
/** Sentence starts: nothing before, or a stop, colon, dash or opening mark. */
const SENTENCE_START = /(?:^|[.!?:;—–(\[“"‘']\s*)$/u;
/** Demonym shapes guessed when no lexicon knows the word: -ian, -ean, -ese. */
const DEMONYM_SHAPE = /^[A-Z][a-z]{2,}(?:ian|ean|ese)s?$/u;
/** An all-capitals acronym: "NATO", "FBI", "UNICEF". */
const ACRONYM = /^(?:[A-Z]{2,8}|(?:[A-Z]\.){2,5})$/u;

// ---- the stage ----

/** What the capitalised name `words` ("Jo", "Lee" or "Daily", "Planet") stands for in its sentence. */
export function typeName(words: readonly string[], context: NameContext = {}): EntityType {
  return explainType(words, context).type;
}

/** typeName with the rule that decided. */
export function explainType(words: readonly string[], context: NameContext = {}): Typing {
  const before = context.before ?? "";
  const after = context.after ?? "";
  // Callers usually pass one word per name word; a phrase with spaces inside is split (flatMap is slow on the hot path).
  const raw = needsSplit(words) ? words.flatMap((w) => w.split(/\s+/u)).filter((w) => w !== "") : [...words];
  // The two words before the name, read once: "the", "a", "on", a title, a posting verb.
  const [previousWord, lastBefore, adjoining] = wordsBefore(before);
  let hadThe = adjoining && lastBefore === "the";
  if (raw.length > 0 && /^the$/iu.test(raw[0]!)) {
    raw.shift();
    hadThe = true;
  }
  if (raw.length === 0) return { type: "none", rule: "empty" };
  const possessive = endsPossessive(raw[raw.length - 1]!) && raw[raw.length - 1]!.length > 2;
  const name = raw.map((w, i) => trimName(w, i === raw.length - 1));
  const lower = name.map((w) => w.toLowerCase());
  const key = lower.join(" ");
  const last = adjoining ? lastBefore : "";
  const titleBefore = TITLES.has(last);

  // 1. Words that are no names, however capitalised.
  if (name.length === 1 && !titleBefore) {
    if (NON_NAMES.has(key) && !ACRONYM.test(name[0]!)) return { type: "none", rule: "not-a-name" };
    if (MONTHS.has(key) && /^\s*\d/u.test(after)) return { type: "none", rule: "date" };
    // "Speaking at a rally, …", "Walking out of the hall, …": a participle opening its clause.
    if (OPENING_PARTICIPLE.test(name[0]!) && !/[\p{L}\p{N}]\s*$/u.test(before) && CLAUSE_AFTER_PARTICIPLE.test(after)) return { type: "none", rule: "not-a-name" };
    // "Chastened by the analyses, …", "Stunned, …": a past participle opening its clause (not "Alfred at the door").
    if (OPENING_PAST_PARTICIPLE.test(name[0]!) && !isGivenNameWord(key) && !/[\p{L}\p{N}]\s*$/u.test(before) && /^\s*(?:,|by\b)/u.test(after)) return { type: "none", rule: "not-a-name" };
    // "Hastily, …", "Reportedly …": an adverb by its ending; "a Quill-style retort": a name made an adjective.
    if ((ADVERB_SHAPE.test(name[0]!) && !hadThe) || NAME_ADJECTIVE.test(name[0]!)) return { type: "none", rule: "not-a-name" };
  }
  // "Christmas Eve", "Labor Day", "at Christmas": a holiday is a time ("Ms. Easter", "Advent said" may be names).
  if (isHoliday(lower) && (lower.length > 1 || TIME_BEFORE.has(last))) return { type: "none", rule: "holiday" };
  // 2. Nationalities, alone or listed: "Ruritanian and Vorlandian officials", "Israelis"; a party word before a noun
  // ("Democratic front-runner Jo Lee") is an adjective as well.
  if (isDemonymList(name, after, hadThe || last === "a" || last === "an")) return { type: "none", rule: "demonyms" };
  if (namesResidents(name)) return { type: "none", rule: "residents" };
  // "Central Asian", "South Korean": a direction before a nationality is a nationality.
  if (name.length === 2 && DIRECTIONS.has(lower[0]!) && countryOfDemonym(name[1]!, { guess: true }) !== null) return { type: "none", rule: "demonyms" };
  const party = name.length === 1 ? partyOf(name[0]!) : null;
  if (party !== null && beforeNoun(after)) return { type: "none", rule: "party-adjective" };
  // "the Republican said", "a Democrat from Ohio": a description of a party's member, not a name ("the GOP" is the party).
  if (party !== null && !ACRONYM.test(name[0]!) && (hadThe || last === "a" || last === "an")) return { type: "none", rule: "party-member" };
  // 3. Platforms and outlets by name.
  if (PLATFORM_NAMES.has(key) && (!CONTEXT_PLATFORMS.has(key) || last === "on" || last === "via")) return { type: "platform", rule: "platform" };
  if (OUTLET_NAMES.has(key) && (!CONTEXT_OUTLETS.has(key) || OUTLET_CUE.test(hadThe && last !== "the" ? `${before} the` : before) || (hadThe && OUTLET_VERB_AFTER.test(after)))) {
    return { type: "outlet", rule: "outlet" };
  }
  const givenFirst = name.length >= 2 && opensWithGivenName(lower);
  // 4. Organisations: known ones, heads ("Quill Party", "Ministry of Health"), acronyms.
  if (ORGANIZATION_NAMES.has(key)) return { type: "organization", rule: "organization" };
  if (hasOrganizationHead(lower, givenFirst)) return { type: "organization", rule: "organization-head" };
  // 5. Places by name: countries, states, capitals, cities, regions.
  if (isKnownPlace(key)) return { type: titleBefore ? "person" : "place", rule: titleBefore ? "title-before" : "place" };
  if (!titleBefore && isPlaceShaped(lower, givenFirst)) return { type: "place", rule: "place-shape" };
  // 6. Outlets by shape: "the Daily Planet", "Quill Gazette".
  // "Quill Sun-Times": a hyphenated last word ends in the head.
  const lastWord = lower[lower.length - 1]!;
  const lastPart = lastWord.slice(lastWord.lastIndexOf("-") + 1);
  if (name.length >= 2 && !givenFirst && (OUTLET_LAST_WORDS.has(lastPart) || OUTLET_FIRST_WORDS.has(lower[0]!))) {
    return { type: "outlet", rule: "outlet-shape" };
  }
  // "Zorgton Day", "the Quill Film Festival": an occasion, no one who speaks ("Jo Day" opens with a given name).
  if (name.length >= 2 && !givenFirst && !titleBefore && EVENT_LAST_WORDS.has(lastWord)) return { type: "none", rule: "event" };
  // "the Quill Decency Act said": a law's words are quoted, but no law speaks.
  if (name.length >= 3 && !givenFirst && !titleBefore && LAW_LAST_WORDS.has(lastWord)) return { type: "none", rule: "law" };
  if (name.length === 1 && ACRONYM.test(name[0]!) && !titleBefore) return { type: "organization", rule: "acronym" };
  // 7. People: a title before or inside, or a given name first.
  if (titleBefore) return { type: "person", rule: "title-before" };
  const titleAt = lower.findIndex((w) => TITLES.has(w));
  if (titleAt >= 0 && titleAt < lower.length - 1) return { type: "person", rule: "title-inside" };
  if (givenFirst || (name.length === 1 && isGivenNameWord(key) && !COMMON_WORDS_AS_NAMES.has(key))) return { type: "person", rule: "given-name" };
  // 8. Context alone: "wrote on Zorgbook", "in Quillton".
  if ((lastBefore === "on" || lastBefore === "via") && POSTING_VERBS.has(previousWord)) return { type: "platform", rule: "posted-on" };
  if (PLACE_PREPOSITIONS.has(last) && !possessive && !hadThe) return { type: "place", rule: "place-preposition" };
  // "Suspicion turned to rage", "Frustration grew": one word with an abstract noun's ending is a thing, not a surname
  // ("the Opposition said" is a body).
  if (name.length === 1 && !hadThe && ABSTRACT_NOUN.test(name[0]!) && !ORG_HEADS.has(key)) return { type: "none", rule: "abstract-noun" };
  return { type: "person", rule: "default" };
}

/** A word with a space inside, or an empty one: the name's words must be split again. */
function needsSplit(words: readonly string[]): boolean {
  for (const w of words) if (w === "" || w.includes(" ")) return true;
  return false;
}

/**
 * The last two words of the text before a name, lower case, and whether the
 * last one runs straight into the name (only spaces between: "the Planet",
 * not "the, Planet"). Read backwards by character: this runs for every name.
 */
function wordsBefore(text: string): [previous: string, last: string, adjoining: boolean] {
  let i = text.length;
  while (i > 0 && text.charCodeAt(i - 1) <= 32) i--;
  const adjoining = i > 0 && (text[i - 1] === "." || isLetter(text[i - 1]!));
  const found: string[] = [];
  while (found.length < 2 && i > 0) {
    while (i > 0 && !isWordPart(text[i - 1]!)) i--;
    const end = i;
    while (i > 0 && isWordPart(text[i - 1]!)) i--;
    if (end > i) found.unshift(text.slice(i, end).toLowerCase());
  }
  return [found.length === 2 ? found[0]! : "", found.at(-1) ?? "", adjoining];
}

function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && /\p{L}/u.test(ch));
}

function isWordPart(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return isLetter(ch) || (c >= 48 && c <= 57) || ch === "." || ch === "'" || ch === "’" || ch === "-" || (c > 127 && /\p{N}/u.test(ch));
}

function isKnownPlace(lowerName: string): boolean {
  const k = lowerName.startsWith("the ") ? lowerName.slice(4) : lowerName;
  return COUNTRY_BY_NAME.has(k) || PLACE_NAMES.has(k) || STATE_BY_FORM.has(k.includes(" ") ? k.replaceAll(" ", "") : k);
}

/**
 * "South Quill", "Quill Tower", "Vole County": a direction before a known
 * place, or a place's head last ("Jo Bay", a given name and one more word, stays a person).
 */
function isPlaceShaped(lower: readonly string[], givenFirst: boolean): boolean {
  if (lower.length < 2) return false;
  if (DIRECTIONS.has(lower[0]!) && isKnownPlace(lower.slice(1).join(" "))) return true;
  return PLACE_LAST_WORDS.has(lower[lower.length - 1]!) && !(givenFirst && lower.length === 2);
}

/** Whether capitalised words name a place by what they are, wherever they stand: "Ruritania", "South Quill", "Quill Tower". */
export function namesPlace(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  return isKnownPlace(lower.join(" ")) || isPlaceShaped(lower, opensWithGivenName(lower));
}

/** Endings that make a place's people, and what the place's name may end in instead: "Texans" of Texas, "Chicagoans" of Chicago. */
const RESIDENT_ENDINGS: readonly [string, readonly string[]][] = [
  ["ers", [""]],
  ["ites", ["", "e"]],
  ["ians", ["", "a", "ia"]],
  ["ans", ["", "a", "as", "e", "o"]],
  ["ns", ["", "a"]],
];

/** "New Yorkers", "Texans", "Londoners": a known place's people, a group and no one's name ("Sanders", "Evans" name no place). */
function namesResidents(name: readonly string[]): boolean {
  const last = name[name.length - 1]!;
  if (last.length < 5 || !last.endsWith("s")) return false;
  const lowerLast = last.toLowerCase();
  const lead = name.slice(0, -1).map((w) => w.toLowerCase());
  for (const [ending, restored] of RESIDENT_ENDINGS) {
    if (!lowerLast.endsWith(ending)) continue;
    const stem = lowerLast.slice(0, -ending.length);
    if (stem.length < 3) continue;
    for (const end of restored) if (isKnownPlace([...lead, stem + end].join(" "))) return true;
  }
  return false;
}

/** A lower-case name whose first word is a given name, not a place or a common word ("Jo …", not "Georgia …", "Will …"). */
function opensWithGivenName(lower: readonly string[]): boolean {
  return isGivenNameWord(lower[0]!) && !isKnownPlace(lower[0]!) && !COMMON_WORDS_AS_NAMES.has(lower[0]!);
}

/** "Lee's", "Vole’s", "Zorblats'": a possessive ending. */
function endsPossessive(word: string): boolean {
  const last = word[word.length - 1];
  if (last === "'" || last === "’") return true;
  const mark = word[word.length - 2];
  return (last === "s" || last === "S") && (mark === "'" || mark === "’");
}

/** A name word without trailing commas or colons, and, for the last word, without its possessive. */
function trimName(word: string, last: boolean): string {
  let end = word.length;
  while (end > 0 && (word[end - 1] === "," || word[end - 1] === ";" || word[end - 1] === ":")) end--;
  let w = end < word.length ? word.slice(0, end) : word;
  if (last && endsPossessive(w)) w = w.slice(0, w[w.length - 1] === "s" || w[w.length - 1] === "S" ? -2 : -1);
  return w;
}

function isGivenNameWord(lower: string): boolean {
  return MALE.has(lower) || FEMALE.has(lower) || EITHER.has(lower);
}

/** "party", "ministries": an organisation's head word, singular or plural. */
function isHead(w: string): boolean {
  return ORG_HEADS.has(w) || (w.length > 4 && w.endsWith("s") && ORG_HEADS.has(w.slice(0, -1)));
}

/** An organisation's head as its last word ("Quill Party"), or heading a phrase joined by "of"/"for" ("Ministry of Health"). */
function hasOrganizationHead(lower: readonly string[], givenFirst: boolean): boolean {
  if (lower.length === 1) return false;
  const last = lower[lower.length - 1]!;
  // "Margaret Court", "Frank Church": a given name and a head that is also a surname is a person.
  if (isHead(last) && !(givenFirst && lower.length === 2 && SURNAME_HEADS.has(last))) return true;
  for (let i = 0; i < lower.length - 1; i++) if (isHead(lower[i]!) && JOINERS.has(lower[i + 1]!)) return true;
  return false;
}

/** The text after a word opens with a lower-case word that is no verb: the word qualifies a noun ("Quill officials"). */
function beforeNoun(after: string): boolean {
  const next = /^\s*([a-z][a-z-]*)/u.exec(after)?.[1];
  return next !== undefined && !VERBS_AFTER_NAMES.has(next) && !/(?:ed|ing)$/u.test(next);
}

/** Every part a nationality: "Ruritanian", "Ruritanian and Vorlandian", "Israelis". Unknown shapes count only before a noun or title. */
function isDemonymList(name: readonly string[], after: string, determinerBefore: boolean): boolean {
  if (name.length > 1 && !name.some((w) => COORDINATORS.has(w.toLowerCase()))) return false; // several demonyms need a joiner: "Ruritanian Foreign" is a title
  const parts = name.filter((w) => !COORDINATORS.has(w.toLowerCase()));
  if (parts.length === 0) return false;
  if (parts.length > 1 && parts.length === name.length) return false; // several demonyms need a joiner: "Ruritanian Foreign" is a title
  const listed = parts.length < name.length;
  // Read only for a word no lexicon knows as a nationality (most names are none): two regexes on the text after.
  let adjectival: boolean | null = null;
  const isAdjectival = (): boolean => (adjectival ??= beforeNoun(after) || AFTER_DEMONYM.test(after) || determinerBefore || listed);
  return parts.every((w) => countryOfDemonym(w) !== null || (isAdjectival() && countryOfDemonym(w, { guess: true }) !== null));
}

// ---- readers for affiliations ----

/** The country of a nationality word: "German" → "Germany", "Israelis" → "Israel"; with guess, an invented one by its shape ("Ruritanian" → "Ruritania", "Vorlandian" → "Vorland"). */
export function countryOfDemonym(word: string, options: { guess?: boolean } = {}): string | null {
  const w = word.trim().toLowerCase();
  const known = COUNTRY_BY_DEMONYM.get(w) ?? (w.endsWith("s") ? COUNTRY_BY_DEMONYM.get(w.slice(0, -1)) : undefined);
  if (known !== undefined) return known;
  if (!options.guess) return null;
  const trimmed = word.trim();
  if (!DEMONYM_SHAPE.test(trimmed)) return null;
  const singular = trimmed.endsWith("s") ? trimmed.slice(0, -1) : trimmed;
  const s = singular.toLowerCase();
  if (NOT_DEMONYM_WORDS.has(s) || isGivenNameWord(s) || isKnownPlace(s) || ORGANIZATION_NAMES.has(s)) return null;
  const shape = /^(.+?)(ian|ean|ese)$/u.exec(singular);
  if (!shape) return null;
  const stem = shape[1]!;
  if (shape[2] === "ese" || /(?:land|stan)$/u.test(stem)) return stem;
  return `${stem}ia`;
}

/** A country by any English name or acronym: "Britain" → "United Kingdom", "UAE" → "United Arab Emirates". */
export function countryOf(name: string): string | null {
  return COUNTRY_BY_NAME.get(name.trim().replace(/^the\s+/iu, "").toLowerCase()) ?? null;
}

/** A US state (or DC or a territory) by name, AP abbreviation or postal code: "Calif.", "N.Y.", "W. Va.", "TX", "Texas". */
export function stateOf(text: string): UsState | null {
  const t = text.trim().replace(/^\(|\)$/gu, "").trim();
  if (/^[A-Z]{2}$/u.test(t)) return copy(STATE_BY_POSTAL.get(t));
  return copy(STATE_BY_FORM.get(stateKey(t)));
}
function copy(s: StateRecord | undefined): UsState | null {
  return s === undefined ? null : { name: s.name, ap: s.ap, postal: s.postal };
}

/** A US party by letter ("R", upper case only) or word ("GOP", "Democratic", "Republicans"). */
export function partyOf(word: string): Party | null {
  const w = word.trim().replace(/\.$/u, "");
  if (w.length === 0) return null;
  if (w.length === 1) return w === w.toUpperCase() ? ((PARTY_BY_WORD.get(w) as Party | undefined) ?? null) : null;
  const titled = w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  return ((PARTY_BY_WORD.get(w.toUpperCase()) ?? PARTY_BY_WORD.get(titled)) as Party | undefined) ?? null;
}

/** "R-Texas", "(D-Calif.)", "I-Vt.", "D-N.Y.": a letter, a hyphen or dash, and a state. */
const LETTER_TAG = /\(?\b([RDILG])\s?[-–]\s?((?:[A-Z][A-Za-z]*\.?\s?){1,3})\)?/gu;
/** "(R)", "(D)": the party alone. */
const LETTER_ONLY = /\(([RDILG])\)/u;
/** "a Democrat from Virginia", "Republican senator from Ohio", "Democratic Rep. Jo Lee of Texas". */
const PARTY_OF_STATE = /\b(Republican|Democrat|Democratic|Independent|Libertarian|GOP)\b((?:\s+[\p{L}.'’-]+){0,4}?)\s+(?:from|of)\s+((?:[A-Z][A-Za-z.]*\s?){1,3})/gu;
/** "the Republican senator", "a Democrat": a capitalised party word alone. */
const PARTY_WORD = /\b(Republican|Republicans|Democrat|Democrats|Democratic|Independent|Libertarian|GOP)\b/u;

/** The party (and state, where given) a news convention states: "Sen. Jo Lee, R-Texas", "(D-Calif.)", "a Democrat from Virginia", "the Republican senator". */
export function readPartyTag(text: string): PartyTag | null {
  for (const m of text.matchAll(LETTER_TAG)) {
    const state = longestStatePrefix(m[2]!);
    if (state === null) continue;
    const end = m.index! + m[0].indexOf(m[2]!) + state.text.length;
    let match = text.slice(m.index!, end);
    if (match.startsWith("(") && text[end] === ")") match += ")";
    return { party: partyOf(m[1]!)!, state: state.state.name, match: match.trim() };
  }
  const only = LETTER_ONLY.exec(text);
  if (only) return { party: partyOf(only[1]!)!, state: null, match: only[0] };
  for (const m of text.matchAll(PARTY_OF_STATE)) {
    const state = longestStatePrefix(m[3]!);
    if (state === null) continue;
    const end = m.index! + m[0].length - m[3]!.length + state.text.length;
    return { party: partyOf(m[1]!)!, state: state.state.name, match: text.slice(m.index!, end).trim() };
  }
  const word = PARTY_WORD.exec(text);
  if (word) return { party: partyOf(word[1]!)!, state: null, match: word[0] };
  return null;
}

/** The longest run of words at the start of `text` that names a state: "New York Times" → New York, "Ky.)" → Kentucky. */
function longestStatePrefix(text: string): { state: UsState; text: string } | null {
  const parts = text.trim().split(/\s+/u);
  for (let n = Math.min(parts.length, 3); n >= 1; n--) {
    const candidate = parts.slice(0, n).join(" ").replace(/[),;:]+$/u, "");
    const state = stateOf(candidate);
    if (state !== null) return { state, text: candidate };
    // "Texas." at a sentence end: the stop is not part of the name.
    if (candidate.endsWith(".") && n === 1) {
      const bare = stateOf(candidate.slice(0, -1));
      if (bare !== null && bare.ap === bare.name) return { state: bare, text: candidate.slice(0, -1) };
    }
  }
  return null;
}

/** A given name's gender from the name lists: "Maria" → female, "Jo" → either; the first word of a full name is read. */
export function givenNameGender(name: string): Gender | null {
  // The first word, without a regular expression: this runs for every name the engine meets.
  let from = 0;
  while (from < name.length && name.charCodeAt(from) <= 32) from++;
  let to = from;
  while (to < name.length && name.charCodeAt(to) > 32) to++;
  const first = name.slice(from, to).toLowerCase();
  if (EITHER.has(first)) return "either";
  if (MALE.has(first)) return "male";
  if (FEMALE.has(first)) return "female";
  return null;
}

/**
 * How a capitalised word that opens a sentence may be no part of the name after it: "opener" for a function word or
 * opener ("Thus Vole called …") or an adverb ("Hastily Lee …"); "participle" for an -ing or -ed word ("Citing Jo Lee,
 * …", "Embattled Chief of Staff Ann Vole"), which also opens names ("United Harbour Workers", "Reading Council"), so
 * the caller asks what follows it. Never a given name ("Cecily", "Channing", "Le").
 */
export function openerBeforeName(word: string): "opener" | "participle" | null {
  const lower = word.toLowerCase();
  if (isGivenNameWord(lower) || ACRONYM.test(word)) return null;
  if ((NON_NAMES.has(lower) && lower.length > 2) || ADVERB_SHAPE.test(word)) return "opener";
  return OPENING_PARTICIPLE.test(word) || OPENING_PAST_PARTICIPLE.test(word) ? "participle" : null;
}

/** A given name that is also an English word ("Will", "Rose", "May"): a person only with more name beside it. */
export function isCommonWordName(name: string): boolean {
  return COMMON_WORDS_AS_NAMES.has(name.trim().toLowerCase());
}

/** Whether capitalised words name a holiday: "Christmas Day", "Labor Day" (never someone's full name). */
export function namesHoliday(words: readonly string[]): boolean {
  return isHoliday(words.map((w) => w.toLowerCase()));
}

function isHoliday(lower: readonly string[]): boolean {
  if (lower.length === 1) return HOLIDAY_WORDS.has(lower[0]!);
  if (!HOLIDAY_ENDS.has(lower[lower.length - 1]!)) return false;
  for (let i = 0; i < lower.length - 1; i++) if (!HOLIDAY_WORDS.has(lower[i]!) && !HOLIDAY_DAY_WORDS.has(lower[i]!)) return false;
  return true;
}
