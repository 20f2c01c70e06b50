/**
 * Role and affiliation of a speaker, read from how the article names them:
 * prefixes ("Kremlin spokesman Jo Haddad"), appositives ("Ana Ruiz,
 * a Syria expert and fellow at the Quill Institution …,"), "NAME of ORG",
 * "ORG's ROLE NAME" and parentheses ("Rep. Rita Shaw (D-Minn.)"), wherever
 * in the article they stand.
 */
import { campaignAffiliation, chamberTitleFrom, isCandidateBody, countryOfNationality, isDescriptiveWord, isPlaceName, LEANINGS, namesEvent, namesOrganizationAfterOf, partyOfTag, partyOfWord, portfolioTitle, speaksForCountry } from "./affiliation-conventions";
import { wordSet } from "./word-set";
import { startsUpper } from "./characters";
import type { BlockTokens, Entity } from "./cast";
import { capitalizedRunEnd, classify, isWord, looksLikeVerb, opensSentenceBeforeName, subjectStart, trailingName } from "./phrases";
import { givenNameGender, stateOf, typeName } from "./entity-type";
import { COMPANY_ROLES, type KnownOrganizations } from "./organizations";
import type { Sentence } from "./sentences";
import { HONORIFICS, isDemonym, isOrganizationWord, isRoleNoun } from "./roles";
import { SPEECH_VERBS } from "./speech-verbs";
import type { Token } from "./tokens";
import { isPossessive, withoutPossessive } from "./tokens";
import { COURTESY_TITLES, DETERMINERS, IRREGULAR_FINITE, NAME_SUFFIXES, NOT_NAME_WORDS, RELATIVE_PRONOUNS } from "./vocabulary";

export interface Profile {
  role: string | null;
  affiliation: string | null;
  /** The sentence that introduced the speaker, as the article wrote it. */
  evidence: string | null;
}

/** "Employees", "Workers", "Nurses": the capitalised plural of a role, as in a union's or association's name. */
function isMembersWord(t: Token | undefined): boolean {
  return t !== undefined && t.capitalized && t.bare.length > 3 && t.bare.endsWith("s") && isRoleNoun(t.bare.slice(0, -1));
}

/** "21st", "3rd": an ordinal that may open an organisation's name. */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/u;
/** Most title-case words a title may have before its role noun after an owner: "Chief Medical [Officer]". */
const MAX_TITLE_CASE_WORDS = 3;
/** Prepositions that introduce an affiliation in an appositive: "fellow at the Quill Institution". */
const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(["at", "of", "for", "with", "from"]);
/** Longest appositive worth reading, in tokens; longer ones are clauses, not descriptions. */
const MAX_APPOSITIVE_TOKENS = 28;
/** A role this long is a clause; keep its first conjunct ("member of the group and signatory …"). */
const MAX_ROLE_WORDS_BEFORE_SPLIT = 4;
/** Connectors allowed inside an organisation's name: "Institute for Near East Policy", "Quill & Vole". */
const NAME_CONNECTORS: ReadonlySet<string> = wordSet(`
  of for and & the de
`);
/** Words that qualify a role rather than name an organisation: "former", "acting". */
const ROLE_MODIFIERS: ReadonlySet<string> = wordSet(`
  former acting interim then ex retired outgoing incoming longtime deputy senior top chief assistant associate
`);
/** Words that open a role in a place's government: "a Quill state senator", "a Harbour county clerk". */
const GOVERNMENT_LEVELS: ReadonlySet<string> = wordSet(`
  state city county town village municipal provincial regional district parish borough
`);
/** Elected and appointed offices of a place ("a Zorgmax regional manager" is the company's, not a region's). */
const GOVERNMENT_ROLES: ReadonlySet<string> = wordSet(`
  senator representative legislator lawmaker assemblyman assemblywoman councilman councilwoman councillor councilor
  commissioner treasurer auditor comptroller attorney prosecutor judge sheriff clerk official supervisor alderman
`);
/** Envoys, who speak for the country that sends them: "the British ambassador to Japan". */
const ENVOYS: ReadonlySet<string> = wordSet(`ambassador envoy consul`);
/** Adjectives of an office that qualify a role: "presidential candidate", "gubernatorial hopeful". */
const OFFICE_ADJECTIVES: ReadonlySet<string> = wordSet(`
  presidential vice-presidential gubernatorial congressional senatorial mayoral parliamentary
`);
/** Roles that serve a person or office named after "to": "aide to Vice President Vole". */
const SERVING_ROLES: ReadonlySet<string> = wordSet(`
  aide adviser advisor assistant spokesman spokeswoman spokesperson counselor counsellor secretary consultant
  ambassador
`);
/** "himself", "herself": an appositive may open with one before its description. */
const REFLEXIVE_PRONOUNS: ReadonlySet<string> = wordSet(`
  himself herself themselves
`);
/** Roles whose "of" names a work, not an organisation: "author of Harbour Days". */
const WORK_CREATORS: ReadonlySet<string> = wordSet(`
  author co-author writer
`);
/** Nouns for a talk whose "with" names the outlet or person spoken to: "in an interview with …". */
const INTERVIEW_NOUNS: ReadonlySet<string> = wordSet(`interview interviews conversation podcast chat call briefing`);
/** Verbs that make "As …," a clause of time ("As the verdict was read"), not a description ("As the elected mayor"). */
const CLAUSE_VERBS: ReadonlySet<string> = wordSet(`is was were are be been has had have did does do will would could can may might`);
/** Words that make a role one held before: "a former Zorgmax economist", "an ex-officer". */
const FORMER_WORDS: ReadonlySet<string> = wordSet(`former ex onetime one-time erstwhile`);
/** Adverbs between "who is" and a description: "who is now a fellow at …". */
const COPULA_ADVERBS: ReadonlySet<string> = wordSet(`
  now currently also still
`);
/** Bodies one serves "on": "a specialist on the Security Council", "a member on the Zoning Board". */
const BODIES_SAT_ON: ReadonlySet<string> = wordSet(`
  council board committee commission panel force taskforce
`);
/** Nouns for where someone lives, whose place before them is no affiliation: "Quillton resident". */
const RESIDENCE_NOUNS: ReadonlySet<string> = wordSet(`resident native homeowner neighbor neighbour villager`);
/** Verbs of a "who" clause that describe a job: "Ruiz, who owns a consulting firm". */
const JOB_VERBS: ReadonlySet<string> = wordSet(`
  owns runs heads leads directs chairs manages founded co-founded teaches works serves represents oversees
  coordinates edits hosts studies researches specializes writes covers
`);
/** Job verbs whose object is the organisation worked in: "who runs the Quill Trust" (not "who studies …", "who covers …"). */
const LEADING_VERBS: ReadonlySet<string> = wordSet(`
  owns runs heads leads directs chairs manages founded co-founded serves represents oversees coordinates edits hosts
`);
/** Prepositions that name where a "who" clause's work is done: "who writes about trade for the Quill Monthly". */
const WORKPLACE_PREPOSITIONS: ReadonlySet<string> = wordSet(`
  at for with
`);
/** Prepositions after which a role's description turns into circumstance: "aide to Vole on Zorg's call". */
const ROLE_ENDS_AT: ReadonlySet<string> = wordSet(`
  on during about in since after before under who which that whose where when while near behind
`);

/** "R-Ohio", "D-Minn.", "I-Vt.": a legislator's party and state. */
const PARTY_AND_STATE = /^[RDI]-[A-Z][A-Za-z.]*$/u;

/** Common nouns that stand for an organisation just named: "company CEO", "agency spokesman". */
const GENERIC_ORGANIZATIONS: ReadonlySet<string> = wordSet(`
  company agency firm group utility network bank team club department ministry party
`);

/** The nearest organisation named earlier in the same block: "Acme is taking steps … company CEO". */
function organizationNamedBefore(tokens: readonly Token[], before: number): string | null {
  for (let k = before - 1; k >= 0; k--) {
    if (!tokens[k]!.capitalized) continue;
    let start = k;
    while (start > 0 && tokens[start - 1]!.capitalized) start--;
    const phrase = classify(tokens, start, k + 1);
    if (phrase?.kind === "organization") return tokens.slice(phrase.nameFrom, phrase.nameTo).map((t) => t.text).join(" ").replace(/['’]s$/u, "");
    k = start;
  }
  return null;
}

/** Courtesy titles and ranks of nobility say nothing about a role on their own. */
const ROLELESS_TITLES: ReadonlySet<string> = new Set([...COURTESY_TITLES, "sir", "dame", "lord", "lady"]);

interface Description {
  role: string | null;
  affiliation: string | null;
  /** Named as where they work right after the name ("at the Quill Institute"): it outranks a word before their title. */
  employer?: boolean;
}

/** A block being read for descriptions, and whether a lower-case surname is one of the article's people (a possessive person is no affiliation). */
interface Reading extends BlockTokens {
  isPerson(surname: string): boolean;
  /** Whether the article shows the person of this lower-case surname runs for office ("the Vole campaign", "candidate Ann Vole"). */
  isCandidate(surname: string): boolean;
  organizations: KnownOrganizations;
}

/** The article's people, by lower-case word: "vole" for Ann Vole, and "ann". */
export interface KnownPeople {
  isSurname(word: string): boolean;
  /** A surname the article gives in full or with a title: "Quill started …" alone makes no "Quill's head of design" a person's. */
  isNamedPerson(word: string): boolean;
  isFirstName(word: string): boolean;
}

export interface ProfileBlock extends BlockTokens {
  sentences: readonly Sentence[];
}

/** Words a bare company role may be written with: "CEO", "founder and chief executive", "co-founder". */
const COMPANY_ROLE_WORDS: ReadonlySet<string> = wordSet(`
  and chief executive officer
`);

export function profileOf(
  entity: Entity,
  blocks: readonly ProfileBlock[],
  sentenceAt: (b: number, token: number) => string,
  people: KnownPeople,
  organizations: KnownOrganizations,
): Profile {
  // "Lena's husband", "Vole's lawyer": a person's, by first name or surname, is no organisation.
  const knownPerson = (word: string): boolean => people.isNamedPerson(word) || people.isFirstName(word);
  if (entity.kind !== "person") return groupProfile(entity, knownPerson);
  // "a New Hampshire Republican said": read as a name, it is a party member from a place.
  const member = partyMemberFrom(entity.name);
  if (member) return { role: null, affiliation: member, evidence: null };
  let role: string | null = null;
  let affiliation: string | null = null;
  let evidence: string | null = null;
  /** Where the role was given: a bare company role looks there for its organisation. */
  let roleAt: { b: number; token: number } | null = null;
  let opening: Description = { role: null, affiliation: null };
  // Every capitalised word that is the surname, in article order; reading stops at the first block after role and affiliation are known.
  const sightings = entity.surname === null ? [] : (capitalizedWordsOf(blocks).get(entity.surname) ?? []);
  let b = -1;
  /** The block as read for descriptions, made at its first sighting of the name. */
  let reading: Reading | null = null;
  for (let k = 0; k < sightings.length; k += 2) {
    if (sightings[k] !== b) {
      if (role && affiliation) break;
      b = sightings[k]!;
      reading = null;
    }
    const block = blocks[b]!;
    const { tokens } = block;
    const i = sightings[k + 1]!;
    let end = i + 1;
    if (tokens[end] && NAME_SUFFIXES.has(tokens[end]!.lower)) end++;
    const nameFrom = ownNameFrom(entity, tokens, trailingName(tokens, Math.max(0, i - 4), i + 1) ?? i, end);
    if (nameFrom === null) continue;
    reading ??= { text: block.text, tokens, isPerson: knownPerson, isCandidate: (surname) => runsForOffice(blocks, surname), organizations };
    const prefix = describePrefix(reading, nameFrom);
    const after = describeAfter(reading, end);
    const found = after.employer ? [after, prefix] : [prefix, after];
    if (!opening.role && !opening.affiliation) opening = describeOpeningAs(reading, nameFrom);
    for (const d of found) {
      if (!role && d.role) {
        role = d.role;
        roleAt = { b, token: nameFrom };
      }
      if (!affiliation && d.affiliation) affiliation = d.affiliation;
      if ((d.role || d.affiliation) && !evidence) evidence = sentenceAt(b, i);
    }
    if (!evidence) evidence = sentenceAt(b, i);
  }
  if (!role && !affiliation) ({ role, affiliation } = opening);
  const at = roleAt as { b: number; token: number } | null; // set inside the loop, which TypeScript does not follow
  if (role && !affiliation && at) affiliation = organizationOfBareRole(role, blocks[at.b]!, at.token, people.isSurname, organizations);
  if (!role && !affiliation && entity.descriptionHint) {
    const described = groupProfile({ ...entity, kind: "anonymous", name: entity.descriptionHint }, knownPerson);
    // "the Texas senator": where they serve, not whom they speak for.
    const where = described.affiliation !== null && isPlaceName(described.affiliation.split(/\s+/u));
    return { ...described, affiliation: where ? null : described.affiliation, evidence };
  }
  return { role, affiliation: campaignAffiliation(role, affiliation), evidence };
}

/** Per article (its blocks array): each capitalised word, without a possessive, with where it stands as [block, token, block, token, …]. */
const capitalizedWords = new WeakMap<readonly ProfileBlock[], Map<string, number[]>>();

/** The article's capitalised words by lower-case form, read once for all its speakers (each looks up its surname). */
function capitalizedWordsOf(blocks: readonly ProfileBlock[]): Map<string, number[]> {
  let words = capitalizedWords.get(blocks);
  if (words) return words;
  words = new Map();
  blocks.forEach((block, b) => {
    block.tokens.forEach((t, i) => {
      if (t.kind !== "word" || !t.capitalized) return;
      const word = withoutPossessive(t.lower);
      const at = words!.get(word);
      if (at) at.push(b, i);
      else words!.set(word, [b, i]);
    });
  });
  capitalizedWords.set(blocks, words);
  return words;
}

/**
 * A role given without its organisation belongs to the one the article ties
 * it to: "District Attorney" to "the District Attorney's Office for …" named elsewhere;
 * a company role ("CEO Jo Hart") to the organisation that is the subject of
 * the sentence giving it ("Acme was 'pulled in,' CEO Jo Hart said"), when the
 * article shows elsewhere that the subject is a company ("Acme founder …",
 * "Acme's CEO") or its name says so. Silent otherwise: a place or a person
 * there is no affiliation.
 */
function organizationOfBareRole(role: string, block: ProfileBlock, nameFrom: number, isSurname: (word: string) => boolean, organizations: KnownOrganizations): string | null {
  const office = organizations.officeOf(role);
  if (office) return office;
  const words = role.toLowerCase().split(/\s+/u);
  if (!words.some((w) => COMPANY_ROLES.has(w) || w === "executive") || !words.every((w) => COMPANY_ROLES.has(w) || COMPANY_ROLE_WORDS.has(w) || ROLE_MODIFIERS.has(w))) return null;
  const { tokens, text } = block;
  const sentence = block.sentences.find((s) => s.from <= nameFrom && nameFrom < s.to);
  if (!sentence) return null;
  const from = subjectStart(tokens, sentence);
  const end = capitalizedRunEnd(tokens, from, nameFrom);
  if (end === from || !looksLikeVerb(tokens[end]) || NOT_NAME_WORDS.has(tokens[from]!.lower)) return null;
  const subject = tokens.slice(from, end);
  // "Quillbank Harbour earned …, CEO Jo Lee said": an organisation by the typing stage, though its last word is also a surname.
  const typedOrganization = typeName(subject.map((t) => t.text)) === "organization";
  if (subject.some((t) => isRoleWord(t) || isPossessive(t.text)) || subject.every((t) => isDemonym(t.text)) || (!typedOrganization && isSurname(subject.at(-1)!.bare))) return null;
  const name = slice(text, subject);
  return typedOrganization || classify(tokens, from, end)?.kind === "organization" || organizations.holdsCompanyRole(name) ? name : null;
}

/**
 * Where the entity's own name starts in a capitalised run ending at `end`:
 * "House Republican Tom Vole" is Tom Vole after a prefix. Null when the run
 * names someone else ("Ann Vole" for Tom Vole).
 */
function ownNameFrom(entity: Entity, tokens: readonly Token[], runFrom: number, end: number): number | null {
  for (let k = runFrom; k < end; k++) if (sameEntity(entity, tokens.slice(k, end)) && (k === runFrom || tokens[k]!.lower === firstWord(entity))) return k;
  return null;
}

function firstWord(entity: Entity): string {
  return entity.name.toLowerCase().split(/\s+/u)[0]!;
}

function sameEntity(entity: Entity, nameTokens: readonly Token[]): boolean {
  if (nameTokens.length <= 1) return true;
  const first = nameTokens[0]!.lower;
  return sameGivenName(firstWord(entity), first) || [...entity.aliases].some((a) => a.toLowerCase().startsWith(first));
}

/** "Josh" and "Joshua", "Alex" and "Alexander": a given name and its short form, as articles write the same person. */
function sameGivenName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === long || (short.length >= 3 && long.startsWith(short));
}

/** "New Hampshire Republican", "Florida Democrats": a known place, then a party word; the party. */
function partyMemberFrom(name: string): string | null {
  const words = name.split(/\s+/u);
  if (words.length < 2) return null;
  const party = partyOfWord(words.at(-1)!);
  return party && isPlaceName(words.slice(0, -1)) ? party : null;
}

/** Organisations speak for themselves; an anonymous "QBP spokesperson" speaks for QBP. */
function groupProfile(entity: Entity, isPerson: (surname: string) => boolean): Profile {
  if (entity.affiliationHint) return { role: null, affiliation: entity.affiliationHint, evidence: null };
  const words = entity.name.split(/\s+/u);
  if (entity.kind === "organization") {
    // "Pat Schott and Jo Pierce": people named together are no organisation of their own.
    if (namesPeople(entity.name)) return { role: null, affiliation: null, evidence: null };
    const proper = words.some((w) => startsUpper(w) && !isDemonym(w));
    return { role: null, affiliation: proper ? (bodyOwningUnit(words) ?? entity.name) : null, evidence: null };
  }
  const served = titleServingBody(words, isPerson);
  if (served) return served;
  const last = words.at(-1)!;
  // "another commonwealth Democrat", "a longtime Republican": a party's member, by the noun.
  const member = words.length > 1 && startsUpper(last) ? partyOfWord(last) : null;
  if (member) return { role: null, affiliation: member, evidence: null };
  const head = last.toLowerCase();
  // "a former Quill News executive": what the role was, then whose.
  let modifiers = 0;
  while (modifiers < words.length - 2 && ROLE_MODIFIERS.has(words[modifiers]!.toLowerCase())) modifiers++;
  const lead: string[] = [];
  for (const w of words.slice(modifiers, -1)) {
    if (!startsUpper(w) && !NAME_CONNECTORS.has(w)) break;
    lead.push(w);
  }
  // "Vole's rep": a person's, not an organisation's.
  const owner = lead.at(-1);
  const personal = owner !== undefined && /['’]s$/u.test(owner) && isPerson(owner.replace(/['’]s$/u, "").toLowerCase());
  // "Jo King": a given name and a capitalised title word is a person's name, not "Jo's king".
  const personName = lead.length === 1 && startsUpper(last) && givenNameGender(lead[0]!) !== null;
  const affiliation = lead.length > 0 && isRoleNoun(head, startsUpper(last)) && !lead.every(isDemonym) && !personal && !personName ? lead.join(" ").replace(/['’]s$/u, "") : null;
  // "Quill campaign spokesman": the words between the name and the title say whose body it is.
  const between = words.slice(modifiers + lead.length, -1).join(" ");
  // "the Vorlandian prime minister": a nationality alone before a title is the country; "the Vorlandian army
  // spokesman" speaks for the army.
  const country = !affiliation && lead.length === 1 && isRoleNoun(head) && speaksForCountry(words.slice(1).join(" ")) ? countryOfNationality(lead[0]!) : null;
  if (country) {
    const between = words.slice(1, -1);
    const body = between.map((w) => isOrganizationWord(w.toLowerCase())).lastIndexOf(true);
    if (body >= 0) return { role: [...between.slice(body + 1), head].join(" "), affiliation: [lead[0]!, ...between.slice(0, body + 1)].join(" "), evidence: null };
    return { role: [...between, head].join(" "), affiliation: country, evidence: null };
  }
  // "a Democratic source", "Republican aides": the party's, whatever they are.
  const party = !affiliation && lead.length === 1 ? partyOfWord(lead[0]!) : null;
  // "the Republican presidential candidate": the role keeps what qualifies it ("presidential candidate").
  const held = [...words.slice(0, modifiers), ...(between && !between.includes("'") && !between.includes("’") ? [between] : []), head].join(" ");
  // "a senior administration official", "a colleague": unnamed, what they are is all the article gives.
  const role = affiliation ? held : isRoleNoun(head) ? entity.name : null;
  return { role, affiliation: party ?? campaignAffiliation(between, affiliation), evidence: null };
}

/**
 * "spokeswoman for the Harbour Port Authority", "officials at Quill Rail": a title, then the body it is held in, named
 * in capitals. Not "a source close to the inquiry", nor someone's spokesman ("a spokesman for Ann Vole"), nor a place
 * ("officials in Harbour", "an official from Quill County" say where, not whom they speak for).
 */
function titleServingBody(words: readonly string[], isPerson: (word: string) => boolean): Profile | null {
  const at = words.findIndex((w, i) => i > 0 && WORKPLACE_PREPOSITIONS.has(w));
  if (at < 0) return null;
  const title = words.slice(DETERMINERS.has(words[0]!.toLowerCase()) ? 1 : 0, at);
  const head = title.at(-1)?.toLowerCase() ?? "";
  const titled = isRoleNoun(head) || isRoleNoun(head.replace(/s$/u, "")) || BODY_MEMBER_NOUNS.has(head);
  if (!titled && !ANONYMOUS_SOURCE_NOUNS.has(head)) return null;
  const body = words.slice(words[at + 1] === "the" ? at + 2 : at + 1);
  if (body.length === 0 || !startsUpper(body[0]!) || !body.every((w) => startsUpper(w) || NAME_CONNECTORS.has(w))) return null;
  if (isPerson(withoutPossessive(body.at(-1)!.toLowerCase())) || isPlaceName(body)) return null;
  return { role: titled ? title.join(" ") : null, affiliation: bodyOwningUnit(body) ?? body.join(" "), evidence: null };
}

/** Unnamed people whose noun is their standing in a body ("an official at …"), and those it does not describe ("a source at …"). */
const BODY_MEMBER_NOUNS: ReadonlySet<string> = wordSet(`official officials aide aides staffer staffers employee employees`);
const ANONYMOUS_SOURCE_NOUNS: ReadonlySet<string> = wordSet(`source sources`);

/** Words that name a part of an organisation: "Science Unit", "Fraud Division", "Press Office". */
const SUB_UNITS: ReadonlySet<string> = wordSet(`
  unit units division directorate branch section bureau office department team center centre laboratory lab program
  programme service command chapter affiliate
`);

/**
 * "Science Unit of the Quill Ministry": a unit named as part of a larger organisation speaks for that body.
 * The unit ends with a word for a part (SUB_UNITS) and the body after "of the" is an organisation by name.
 */
function bodyOwningUnit(words: readonly string[]): string | null {
  // "of the": a body, not a remit ("Office of Emergency Services"); a unit, not a body of its own ("Central Bank of the …").
  const of = words.findIndex((w, i) => i > 0 && w === "of" && words[i + 1] === "the" && SUB_UNITS.has(words[i - 1]!.toLowerCase()));
  if (of < 0) return null;
  const body = words.slice(of + 2);
  return body.length >= 2 && body.every((w) => startsUpper(w) || NAME_CONNECTORS.has(w)) && isOrganizationWord(body.at(-1)!.toLowerCase()) ? body.join(" ") : null;
}

/** Whether a name joins people: "Pat Schott and Jo Pierce", each part a given name and a surname. */
function namesPeople(name: string): boolean {
  const parts = name.split(/\s+(?:and|&)\s+/u);
  return parts.length > 1 && parts.every((p) => {
    const words = p.split(/\s+/u);
    return words.length >= 2 && words.every(startsUpper) && givenNameGender(words[0]!) !== null;
  });
}

/** Lower-case words and signs that join the capitalised words of one organisation's name. */
const ORGANIZATION_JOINERS: ReadonlySet<string> = wordSet(`and & of for on`);

/**
 * Whether the token at `k` joins two capitalised words of one organisation's
 * name ("Quill Trade and Shipping", "Quill & Vole"), not two people ("Jo Lee
 * and Harbour Institute fellow Ann Vole"): the word before it is no one the
 * article names and no given name.
 */
function joinsOrganizationName(tokens: readonly Token[], k: number, block: Reading): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (!ORGANIZATION_JOINERS.has(tokens[k]!.lower) || !before?.capitalized || before.kind !== "word" || !after?.capitalized || after.kind !== "word") return false;
  if (block.isPerson(before.bare) || isPossessive(before.text) || partyOfWord(after.text) !== null) return false;
  // The name so far, back over its own joiners: a person's ("Maria Lopez and …") or a title's ("Secretary of State and …") is no organisation.
  let runFrom = k - 1;
  while (runFrom > 0 && tokens[runFrom - 1]!.kind === "word" && (tokens[runFrom - 1]!.capitalized || (ORGANIZATION_JOINERS.has(tokens[runFrom - 1]!.lower) && runFrom - 2 >= 0 && tokens[runFrom - 2]!.capitalized))) runFrom--;
  const run = tokens.slice(runFrom, k);
  // "Federal Reserve Bank of …": a run ending in an organisation's word is one, whatever title words it holds.
  if (tokens[k]!.lower === "of" && isOrganizationWord(run.at(-1)!.bare) && givenNameGender(run[0]!.text) === null) return true;
  return givenNameGender(run[0]!.text) === null && !run.some((t) => HONORIFICS.has(t.lower) || (isRoleNoun(t.bare, t.capitalized) && !isOrganizationWord(t.bare)));
}

/** "White House Press Secretary [Jo Hart]" → role "Press Secretary", affiliation "White House". */
function describePrefix(block: Reading, nameFrom: number): Description {
  const { tokens, text } = block;
  // "Quill Institute economists Jo Lee and Tom Quarrie": the second name shares the description before the first,
  // unless it has one of its own after it ("… and Tom Quarrie, a Harbour Party senator").
  if (tokens[nameFrom - 1]?.lower === "and" && nameFrom >= 3 && tokens[capitalizedRunEnd(tokens, nameFrom, tokens.length)]?.text !== ",") {
    const first = trailingName(tokens, Math.max(0, nameFrom - 1 - MAX_COORDINATED_NAME_WORDS), nameFrom - 1);
    if (first !== null && first > 0 && isPluralRoleNoun(tokens[first - 1]!)) return describePrefix(block, first);
  }
  let from = nameFrom;
  let openWords = 0;
  while (from > 0) {
    const t = tokens[from - 1]!;
    // "Customs and Harbour Protection spokesman …", "Bureau of Harbour Statistics economist …": a joiner inside an organisation's name.
    if (joinsOrganizationName(tokens, from - 1, block)) {
      from--;
      continue;
    }
    if (t.kind !== "word" || DETERMINERS.has(t.lower)) break;
    const bare = t.lower.replace(/\.$/u, "");
    if (t.capitalized) {
      // "US President …": an acronym is not the pronoun it spells.
      // "Harbour Watch President …": a capitalised common word after another capital is part of a name.
      const insideName = from - 2 >= 0 && tokens[from - 2]!.kind === "word" && tokens[from - 2]!.capitalized;
      if (NOT_NAME_WORDS.has(bare) && !HONORIFICS.has(t.lower) && !ROLE_MODIFIERS.has(bare) && !/^[A-Z]{2,}$/u.test(t.text) && !insideName) break;
      // "After Monday's debate Quillfact …": a day, even as an owner, is no one's affiliation.
      if (DATES.has(t.bare)) break;
    } else if (remitOfTitleAt(tokens, from - 1, nameFrom)) {
      // "Secretary of State Jo Hart", "secretary of homeland security": the remit is part of the title.
    } else if (!HONORIFICS.has(t.lower) && !isRoleNoun(bare) && !ROLE_MODIFIERS.has(bare)) {
      // "lawmakers grilled Lt. Col. …", "with President …": verbs and function words end the prefix.
      const joinsRoles = t.lower === "and" && from - 2 >= 0 && isRoleWord(tokens[from - 2]!) && isRoleWord(tokens[from]!);
      // "Sam Pike met famous reporter Kit Bell": a verb, regular or not, ends the prefix (not a form in -s, which may
      // be a plural noun before a title: "sales plans director").
      const verb = SPEECH_VERBS.has(t.lower) || /(ed|ing)$/u.test(t.lower) || (IRREGULAR_FINITE.has(t.lower) && !t.lower.endsWith("s"));
      if (!joinsRoles && (verb || NOT_NAME_WORDS.has(t.lower) || ++openWords > 2)) break;
    }
    from--;
  }
  if (from === nameFrom) return describeRoleBeforeComma(block, nameFrom);
  // The role is the run of title words that ends at the name; capitalised words before it are the affiliation.
  let roleFrom = nameFrom;
  while (roleFrom > from) {
    const t = tokens[roleFrom - 1]!;
    const bare = t.lower.replace(/\.$/u, "");
    // "Acme's CEO": the owner is the affiliation; "Vole's lawyer" stays one role, but "Vole's campaign manager" works for the campaign.
    if (isPossessive(t.text) && (!block.isPerson(withoutPossessive(t.lower)) || isCandidateBody(tokens[roleFrom]?.bare ?? ""))) break;
    // "Presidential candidate Jo Lee", "Longtime pollster Ann Vole": a sentence's first word is capitalised for its place.
    // "Republican Presidential hopeful …": a headline-style capital after a party word is still the office, not a name.
    const before = tokens[roleFrom - 2];
    const openingModifier = t.capitalized && (ROLE_MODIFIERS.has(bare) || OFFICE_ADJECTIVES.has(bare)) && (!before?.capitalized || (OFFICE_ADJECTIVES.has(bare) && partyOfWord(before.text) !== null));
    if (!(HONORIFICS.has(t.lower) || HONORIFICS.has(bare) || isRoleNoun(bare, t.capitalized) || !t.capitalized || isPossessive(t.text) || openingModifier)) {
      // "Secretary of Homeland Security Jo Lee": a capitalised remit is part of the title.
      const at = tokens.findIndex((u, k) => k >= roleFrom - 1 - MAX_REMIT_WORDS && k < roleFrom - 1 && k > from && remitOfTitleAt(tokens, k, nameFrom));
      if (at < 0) break;
      roleFrom = at;
      continue;
    }
    roleFrom--;
  }
  // "U.S. Secretary of State Jo Lee", "U.S. Ambassador Ann Vole": a country's office holder speaks for the country
  // (not "U.S. Sen. Jo Lee", whose party is the affiliation).
  if (roleFrom === from && nameFrom - roleFrom >= 2 && COUNTRY_ABBREVIATIONS.has(tokens[roleFrom]!.lower) && OFFICES_OF_STATE.has(tokens[roleFrom + 1]!.lower.replace(/\.$/u, ""))) roleFrom++;
  // "Harbour's Chief Medical Officer Jo Lee", "Acme's Chief Technology Officer": after an owner, a title-case title is whole.
  let owner = roleFrom - 1;
  while (owner >= from && !isPossessive(tokens[owner]!.text)) owner--;
  const titleCase = roleFrom < nameFrom && tokens[roleFrom]!.capitalized && roleFrom - owner - 1 <= MAX_TITLE_CASE_WORDS;
  // Not "the city's Harbour Port Authority director", "Ruritania's Liberal Party leader": an organisation between.
  if (owner >= from && titleCase && tokens.slice(owner + 1, roleFrom).every((t) => t.capitalized && t.kind === "word" && !isOrganizationWord(t.bare) && partyOfWord(t.text) === null)) roleFrom = owner + 1;
  // "Senate Minority Leader Jo Lee": the chamber and its side are part of the title.
  const chamberFrom = from + chamberTitleFrom(tokens.slice(from, nameFrom).map((t) => t.text), roleFrom - from);
  const chamberTitle = chamberFrom < roleFrom;
  if (chamberTitle) roleFrom = chamberFrom;
  let roleTo = nameFrom;
  // "Senior author Dr. Lena Costa": the courtesy title is not the role.
  while (roleTo > roleFrom + 1 && ROLELESS_TITLES.has(tokens[roleTo - 1]!.lower)) roleTo--;
  // Two titles stacked before a name: "Republican vice-presidential nominee Gov. Jo Lee" is the nominee; "candidates Sen. Jo Lee" a senator.
  const stacked = roleTo - roleFrom >= 2 && isAbbreviatedTitle(tokens[roleTo - 1]!) ? tokens[roleTo - 2]! : null;
  if (stacked && !stacked.text.endsWith(".") && isRoleNoun(stacked.bare, stacked.capitalized)) roleTo--;
  else if (stacked && !stacked.capitalized && stacked.bare.endsWith("s") && isRoleNoun(stacked.bare.slice(0, -1))) from = roleFrom = roleTo - 1;
  const roleTokens = tokens.slice(roleFrom, roleTo);
  // "Quill Institute economists Jo Lee and …": a plural role names each of them in the singular.
  const plural = roleTokens.length > 0 && roleTo === nameFrom && isPluralRoleNoun(roleTokens.at(-1)!);
  const written = roleTokens.length > 0 && !(roleTokens.length === 1 && ROLELESS_TITLES.has(roleTokens[0]!.lower)) && (plural || chamberTitle || roleTokens.some((t) => isRoleNoun(t.bare, t.capitalized) || HONORIFICS.has(t.lower)))
    ? slice(text, roleTokens)
    : null;
  const role = written && plural ? written.slice(0, -1) : written;
  let orgFrom = from;
  // "Former Zorgland Gov. Ray Cole": the modifier belongs to the role, which then reads whole.
  const modified = ROLE_MODIFIERS.has(tokens[from]!.lower);
  const opensName = (k: number): boolean => ORDINAL.test(tokens[k]!.lower) && tokens[k + 1]?.capitalized === true;
  while (orgFrom < roleFrom && (ROLE_MODIFIERS.has(tokens[orgFrom]!.lower) || (!tokens[orgFrom]!.capitalized && !opensName(orgFrom)) || opensSentenceBeforeName(tokens, orgFrom))) orgFrom++;
  // Not "Former Health Secretary Jo Lee", who no longer speaks for the government.
  const portfolio = roleTo === nameFrom && orgFrom === from ? portfolioTitle(tokens.slice(orgFrom, roleTo).map((t) => t.text)) : null;
  if (portfolio) return { role: slice(text, tokens.slice(roleTo - portfolio.roleWords, roleTo)), affiliation: portfolio.affiliation };
  const conventional = affiliationByConvention(tokens, text, orgFrom, roleFrom, roleTo);
  if (conventional) {
    // "Former German Chancellor Jo Gray": the modifier stays with the role. "longtime Democratic pollster": a party
    // word stays in the role as written, as it says what kind of pollster.
    let kept = conventional.role;
    if (kept && partyOfWord(tokens[roleFrom - 1]!.text) !== null) kept = slice(text, tokens.slice(from, roleTo));
    else if (kept && modified && orgFrom > from) kept = `${slice(text, tokens.slice(from, orgFrom))} ${kept}`;
    return { role: kept, affiliation: conventional.affiliation };
  }
  let orgTokens = tokens.slice(orgFrom, roleFrom);
  // "Omaha police Chief Jo Lee": the place's police, not the place.
  const service = servicesOfPlace(tokens, orgTokens, roleFrom, roleTo);
  if (service > roleFrom && role) return { role, affiliation: slice(text, tokens.slice(orgFrom, service)) };
  // "White House Russia adviser": the organisation ends with its last organisation word.
  // "Bureau of Harbour Statistics economist": a remit joined to it belongs to it.
  let lastOrgWord = orgTokens.map((t) => isOrganizationWord(t.bare)).lastIndexOf(true);
  // "American Federation of Harbour Employees President …": the members a union is named for belong to its name.
  while (lastOrgWord >= 0 && isMembersWord(orgTokens[lastOrgWord + 1])) lastOrgWord++;
  const remit = orgTokens.slice(lastOrgWord + 1).some((t) => t.lower === "of" || t.lower === "for" || t.lower === "on");
  if (lastOrgWord >= 0 && !remit) orgTokens = orgTokens.slice(0, lastOrgWord + 1);
  // "Presidential candidate …", "Mid-field candidates …": a word that only describes names no organisation.
  const descriptive = orgTokens.length === 1 && isDescriptiveWord(orgTokens[0]!.text);
  // "Then-DHS Director Jo Lee": the body, not when the role was held.
  const affiliation = orgTokens.length > 0 && !descriptive && !orgTokens.every((t) => isDemonym(t.text)) ? withoutPossessive(slice(text, orgTokens)).replace(/^then-/iu, "") : null;
  const possessive = orgTokens.length > 0 && isPossessive(orgTokens.at(-1)!.text);
  if (orgTokens.length > 0 && block.isPerson(withoutPossessive(orgTokens.at(-1)!.lower))) {
    // "Vole's field director", "Vole spokesman Tim Roe": the Vole campaign when the article shows Vole runs for office.
    const staff = (possessive ? personsCampaign(text, orgTokens, tokens.slice(roleFrom, roleTo)) : null) ?? candidatesStaff(block, orgTokens, role);
    if (staff) return staff;
    if (possessive) return { role: slice(text, tokens.slice(from, roleTo)), affiliation: null };
  }
  // "Quillton resident Jo Lee", "Harbour native": where someone lives speaks for no one.
  if (role && RESIDENCE_NOUNS.has(tokens[roleTo - 1]!.bare)) return { role, affiliation: null };
  const fullRole = role && modified && affiliation ? slice(text, tokens.slice(from, roleTo)) : role;
  // "the institute's CEO, Jo Lee", "association executive director Tim Lee": the one institute or association the
  // article names, whether its noun owns the role or leads it.
  if (role && !affiliation && roleFrom - from === 1 && !tokens[from]!.capitalized && isPossessive(tokens[from]!.text)) {
    const called = organizationCalled(block, withoutPossessive(tokens[from]!.bare));
    if (called) return { role: fullRole, affiliation: called };
  }
  const lead = tokens[roleFrom]!;
  if (role && !affiliation && roleTo - roleFrom >= 2 && !lead.capitalized && isOrganizationWord(lead.bare) && !GENERIC_ORGANIZATIONS.has(lead.lower)) {
    const called = organizationCalled(block, lead.bare);
    if (called) return { role: slice(text, tokens.slice(roleFrom + 1, roleTo)), affiliation: called };
  }
  // "company CEO Sam Hale": the company this paragraph named before him.
  if (role && !affiliation && GENERIC_ORGANIZATIONS.has(tokens[from]!.lower)) {
    const named = organizationNamedBefore(tokens, from);
    if (named) return { role: fullRole, affiliation: named };
  }
  return { role: fullRole, affiliation: role || possessive ? affiliation : null };
}

/**
 * Where a place's public service named in lower case ends: "Omaha police"
 * in "Omaha police Chief", "Omaha fire department" in "Omaha fire
 * department spokesman"; `roleFrom` when the words before the role are no
 * place or no such service follows. The role keeps its words.
 */
function servicesOfPlace(tokens: readonly Token[], place: readonly Token[], roleFrom: number, roleTo: number): number {
  if (place.length === 0 || !isPlaceName(place.map((t) => t.text))) return roleFrom;
  let end = roleFrom;
  for (let k = roleFrom; k < roleTo - 1; k++) {
    const t = tokens[k]!;
    if (t.capitalized || t.kind !== "word") break;
    if (isOrganizationWord(t.bare)) end = k + 1;
  }
  return end;
}

/** "Sen.", "Gov.", "Lt.": a title abbreviated before a name. */
function isAbbreviatedTitle(t: Token): boolean {
  return t.text.endsWith(".") && HONORIFICS.has(t.lower);
}

/** Longest remit of a title before a name, in words: "Secretary of Homeland Security". */
const MAX_REMIT_WORDS = 2;

/**
 * Whether the "of" or "for" at `at` joins a title to its remit just before a
 * name: "Secretary of State [Jo Hart]", "secretary of state [Ann Vole]". The
 * remit is a word or two up to the name, naming no organisation by the
 * lexicon or an acronym ("spokesman for Acme Corp. Jo Hart" is Acme's).
 */
function remitOfTitleAt(tokens: readonly Token[], at: number, nameFrom: number): boolean {
  const title = tokens[at - 1];
  if (!REMIT_PREPOSITIONS.has(tokens[at]!.lower) || !title || !isRoleWord(title)) return false;
  const remit = tokens.slice(at + 1, nameFrom);
  if (remit.length === 0 || remit.length > MAX_REMIT_WORDS || remit.some((t) => t.kind !== "word" || DETERMINERS.has(t.lower) || /^[A-Z]{2,}$/u.test(t.text))) return false;
  return typeName(remit.map((t) => t.text)) !== "organization";
}

/** Countries written as dotted abbreviations before an office ("U.S. Ambassador"). */
const COUNTRY_ABBREVIATIONS: ReadonlySet<string> = wordSet(`u.s. u.k.`);
/** Offices whose holder speaks for the country written before them. */
const OFFICES_OF_STATE: ReadonlySet<string> = wordSet(`secretary ambassador envoy diplomat diplomats official officials negotiator president`);

/**
 * Capitalised words before a title that name no organisation but stand for
 * one by news convention: a party word ("House Republican Tom Vole",
 * "Democratic presidential candidate Jo Lee") is the party; a nationality
 * alone before a title ("German Chancellor Jo Gray") its country, unless the
 * title names an organisation of that country first ("Syrian army spokesman"
 * speaks for the Syrian army). The capitalised words run from `orgFrom`
 * to the role, which runs from `roleFrom` to `roleTo`.
 */
function affiliationByConvention(tokens: readonly Token[], text: string, orgFrom: number, roleFrom: number, roleTo: number): Description | null {
  if (orgFrom >= roleFrom) return null;
  const last = tokens[roleFrom - 1]!;
  const titled = (from: number): string | null => {
    const run = tokens.slice(from, roleTo);
    return run.some((t) => isRoleWord(t)) ? slice(text, run) : null;
  };
  const party = partyOfWord(last.text);
  if (party) return { role: roleTo > roleFrom ? titled(roleFrom) : null, affiliation: party };
  if (roleTo === roleFrom) return null;
  // "Costa Rican President-elect …": a nationality of two words.
  if (roleFrom - orgFrom === 2) {
    const country = countryOfNationality(slice(text, tokens.slice(orgFrom, roleFrom)));
    const role = titled(roleFrom);
    return country && role && speaksForCountry(role) ? { role, affiliation: country } : null;
  }
  if (roleFrom - orgFrom !== 1) return null;
  let orgEnd = roleFrom;
  for (let k = roleFrom; k < roleTo - 1; k++) if (!tokens[k]!.capitalized && isOrganizationWord(tokens[k]!.bare)) orgEnd = k + 1;
  if (orgEnd > roleFrom && isDemonym(last.text)) {
    const role = titled(orgEnd);
    return role ? { role, affiliation: slice(text, tokens.slice(roleFrom - 1, orgEnd)) } : null;
  }
  const country = countryOfNationality(last.text);
  const role = titled(roleFrom);
  return country && role && speaksForCountry(role) ? { role, affiliation: country } : null;
}

/** "The company's CEO, Robert Fenn, defended…": a role set off by a comma before the name. */
function describeRoleBeforeComma(block: Reading, nameFrom: number): Description {
  const { tokens } = block;
  if (tokens[nameFrom - 1]?.text !== ",") return { role: null, affiliation: null };
  const role = tokens[nameFrom - 2];
  if (isWord(role) && isRoleNoun(role.lower.replace(/\.$/u, ""))) return describePrefix(block, nameFrom - 1);
  // "Ruritania's ambassador to Vorland, Jo Nash": the role ends before whom it serves.
  const to = servedFrom(tokens, nameFrom - 1);
  if (to !== null) return describePrefix(block, to);
  // "the head of the county water agency, Ann Okafor, said": a description led by its role.
  const led = roleLedDescriptionFrom(tokens, nameFrom - 1);
  return led === null ? { role: null, affiliation: null } : parseDescription(block, tokens.slice(led, nameFrom - 1));
}

/** Longest description read before a name and its comma: "the head of the county water and sewer agency". */
const MAX_LED_DESCRIPTION_TOKENS = 10;

/**
 * Where a description ending at `comma` starts with an article or an organisation's possessive and a role ("the head
 * of …", "Zorgmax's director of IT", "the former Chief Marketing Officer for …"), or null.
 */
function roleLedDescriptionFrom(tokens: readonly Token[], comma: number): number | null {
  for (let k = comma - 2; k >= 0 && comma - k <= MAX_LED_DESCRIPTION_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") return null;
    if (!DETERMINERS.has(t.lower) && !(t.capitalized && isPossessive(t.text))) continue;
    let role = k + 1;
    while (ROLE_MODIFIERS.has(tokens[role]?.lower ?? "")) role++;
    // A title of several capitalised words ("Chief Marketing Officer") ends on its role noun.
    let end = role;
    while (end < comma && tokens[end]!.kind === "word" && tokens[end]!.capitalized && !isPossessive(tokens[end]!.text)) end++;
    const head = tokens[end > role ? end - 1 : role];
    const after = tokens[end > role ? end : role + 1];
    if (head && head.kind === "word" && isRoleNoun(head.bare) && AFFILIATION_PREPOSITIONS.has(after?.lower ?? "")) return k;
  }
  return null;
}

/** Longest "to NAME" read after a serving role before a comma: "ambassador to the United Nations". */
const MAX_SERVED_TOKENS = 4;

/** Where "to NAME" starts when a serving role's object ends at `end`: "ambassador to Vorland" → the index of "to". */
function servedFrom(tokens: readonly Token[], end: number): number | null {
  for (let k = end - 1; k >= 1 && end - k <= MAX_SERVED_TOKENS + 1; k--) {
    const t = tokens[k]!;
    if (t.lower === "to") return k + 1 < end && SERVING_ROLES.has(tokens[k - 1]!.lower) ? k : null;
    if (t.kind !== "word" || !(t.capitalized || t.lower === "the")) return null;
  }
  return null;
}

/**
 * "As a lung biologist at Quill University, Ana Vole followed …", "At Quill
 * Airways, Jo Lee called …": a sentence opening that describes its subject,
 * often as they were then; read only when nothing else describes them.
 */
function describeOpeningAs(block: Reading, nameFrom: number): Description {
  const { tokens } = block;
  const comma = nameFrom - 1;
  if (tokens[comma]?.text !== ",") return { role: null, affiliation: null };
  for (let k = comma - 1; k >= 0 && comma - k <= MAX_APPOSITIVE_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") break;
    const before = tokens[k - 1];
    const opensSentence = !before || (before.kind === "punct" && /[.!?]/u.test(before.text));
    // "At Quill Airways, Jo Lee called …": where they work, when it is an organisation by name.
    if (t.text === "At" && opensSentence) {
      const org = organizationAt(tokens, k + 1);
      const named = org && indexAfter(tokens, org) === comma && (namesOrganization(org) || typeName(org.map((w) => w.text)) === "organization");
      return named ? { role: null, affiliation: slice(block.text, org) } : { role: null, affiliation: null };
    }
    if (t.text !== "As" || !DETERMINERS.has(tokens[k + 1]?.lower ?? "")) continue;
    // "As the sentence was read, Lee stood", "As his debate nears, Lee …": a clause says when, not what they are.
    const last = tokens[comma - 1]!;
    const clause = tokens.slice(k + 2, comma).some((w) => CLAUSE_VERBS.has(w.lower)) || (/[^s]s$/u.test(last.lower) && !isRoleWord(last));
    return opensSentence && !clause ? parseAppositive(block, tokens.slice(k + 1, comma)) : { role: null, affiliation: null };
  }
  return { role: null, affiliation: null };
}

function isRoleWord(t: Token): boolean {
  const bare = t.lower.replace(/\.$/u, "");
  return HONORIFICS.has(t.lower) || isRoleNoun(bare, t.capitalized);
}

/** Degrees and suffixes written after a name between commas: "Ph.D.", "M.D.", "Jr.", "MPH". */
const DEGREE = /^(?:Ph\.?\s?D\.?|M\.?D\.?|D\.?O\.?|J\.?D\.?|R\.?N\.?|M\.?P\.?H\.?|MBA|Jr\.?|Sr\.?|Esq\.?)$/u;
/** Most tokens a degree takes ("Ph . D ." at worst). */
const MAX_DEGREE_TOKENS = 4;

/**
 * Whether the words after the "of" at `of` name an organisation ("of the Observatory", "of Acme Corp.", "of Quill
 * Rights Watch", by the typing stage or by its last word), not a home town ("of Zorgshire, Scotland") or where a
 * legislator serves ("Rep. Ann Okafor of the Bahamas").
 */
function organizationAfterOf(tokens: readonly Token[], of: number, org: readonly Token[]): boolean {
  const organization = tokens[of + 1]!.lower === "the" || org.some((t) => isOrganizationWord(t.bare) || /^[A-Z]{2,}$/u.test(t.text)) || namesOrganizationAfterOf(org.map((t) => t.text));
  return organization && !isPlaceName(org.filter((t) => t.lower !== "the").map((t) => t.text));
}

/** ", a Syria expert and fellow at the Quill Institution," / " of ORG" / " (D-Minn.)". */
function describeAfter(block: Reading, end: number): Description {
  const { tokens, text } = block;
  const next = tokens[end];
  if (!next) return { role: null, affiliation: null };
  if (next.text === "(") {
    // The rule below wants the ")" within four tokens; look no farther.
    let close = -1;
    for (let k = end + 1; k < Math.min(tokens.length, end + 6); k++) {
      if (tokens[k]!.text === ")") {
        close = k;
        break;
      }
    }
    if (close < 0) return { role: null, affiliation: null };
    const inside = tokens.slice(end + 1, close);
    if (inside.some((t) => t.kind !== "word" && t.text !== "." && t.text !== "-")) return { role: null, affiliation: null };
    // "(D-Minn.)", "(R)": a legislator's party; "(@RitaShaw)", "(2019)" and a photo's "(left)" are not affiliations.
    if (close > end + 1 && close - end <= 4 && /\p{Lu}/u.test(inside[0]!.text) && !/^[@\d]/u.test(inside[0]!.text) && text[inside[0]!.start - 1] !== "@") {
      const written = slice(text, inside);
      // "(Fla.)", "(Ky.)": the state they serve, not whom they speak for.
      return { role: null, affiliation: partyOfTag(written) ?? (isPlaceName(inside.map((t) => t.text)) ? null : written) };
    }
    return { role: null, affiliation: null };
  }
  // "the immunologist Ana Vole at the Quill Institute looked …", "Chief Jo Hall with the Quillton Police Department": a place of work, named as an organisation.
  if ((next.lower === "at" || next.lower === "with") && tokens[end + 1]?.lower === "the") {
    const org = organizationAt(tokens, end + 1);
    const after = org ? tokenAfter(tokens, org) : undefined;
    const ends = !after || after.kind !== "word" || looksLikeVerb(after);
    // "At The GOP Debate": an event one attends is no employer.
    return org && ends && namesOrganization(org) && !namesEvent(org.map((t) => t.text)) ? { role: null, affiliation: slice(text, org), employer: true } : { role: null, affiliation: null };
  }
  if (next.lower === "of") {
    const org = organizationAt(tokens, end + 1);
    if (org && organizationAfterOf(tokens, end, org)) return { role: null, affiliation: slice(text, org) };
    // "Jo Lee of Ohio, the committee's ranking Republican": the home, then the description.
    const after = org ? indexAfter(tokens, org) : -1;
    const described = tokens[after]?.text === "," && DETERMINERS.has(tokens[after + 1]?.lower ?? "");
    return described ? describeAfter(block, after) : { role: null, affiliation: null };
  }
  // "Ann Vole, of the Harbour Trust, said": an organisation after "of" set off by a comma (not "Jo Lee, 55, of
  // Addison, a village …", a home town).
  if (next.text === "," && tokens[end + 1]?.lower === "of") {
    const org = organizationAt(tokens, end + 2);
    if (org && organizationAfterOf(tokens, end + 1, org)) return { role: null, affiliation: slice(text, org) };
  }
  // "Kim Park, 45, a nurse at …": an age set off by commas stands before the description.
  if (next.text === "," && /^\d{1,3}$/u.test(tokens[end + 1]?.text ?? "") && tokens[end + 2]?.text === ",") return describeAfter(block, end + 2);
  // "Jo Lee, Ph.D., of the Quill Institute": a degree set off by commas before "of" (not "Jo Lee, Ph.D., Zorgmax
  // engineer Kit Bell and …", a list).
  if (next.text === ",") {
    // Only the few tokens a degree takes are read (this runs for every name).
    let comma = end + 2;
    while (comma < tokens.length && comma <= end + 1 + MAX_DEGREE_TOKENS && tokens[comma]!.text !== ",") comma++;
    if (tokens[comma]?.text === "," && tokens[comma + 1]?.lower === "of" && DEGREE.test(text.slice(tokens[end + 1]!.start, tokens[comma - 1]!.end))) return describeAfter(block, comma + 1);
  }
  // "Rep. Jo Lee, Md., the second ranking Democrat": a home state set off by commas, too.
  if (next.text === ",") {
    const comma = homeStateEnd(tokens, end + 1);
    if (comma > 0 && DETERMINERS.has(tokens[comma + 1]?.lower ?? "")) return describeAfter(block, comma);
  }
  // "Ruiz is the CEO of DH": a copula introducing a description.
  const copula = (next.lower === "is" || next.lower === "was") && DETERMINERS.has(tokens[end + 1]?.lower ?? "");
  if (next.text !== "," && !copula) return { role: null, affiliation: null };
  let stop = end + 1;
  while (stop < tokens.length && stop - end <= MAX_APPOSITIVE_TOKENS) {
    const t = tokens[stop]!;
    if (t.kind === "quote" || (t.kind === "punct" && /[,.;:()\u2014]/u.test(t.text))) break;
    // "Ann Ruiz, the mayor said.": an appositive the writer never closed ends at its name's verb, which ends
    // the clause ("victim of Vole's alleged scheme" reads on).
    const clauseEnds = tokens[stop + 1] === undefined || tokens[stop + 1]!.kind !== "word";
    if (t.kind === "word" && !t.capitalized && clauseEnds && SPEECH_VERBS.has(t.lower) && !RELATIVE_PRONOUNS.has(tokens[stop - 1]!.lower)) break;
    stop++;
  }
  if (stop >= tokens.length && stop - end > MAX_APPOSITIVE_TOKENS) return { role: null, affiliation: null };
  const words = tokens.slice(end + 1, stop);
  const described = parseAppositive(block, words);
  // "said Ana Vole, Director, Quill Securities.": a bare title, then the organisation that ends the sentence.
  if (described.role && !described.affiliation && tokens[stop]?.text === "," && words.every(isRoleWord)) {
    const orgEnd = capitalizedRunEnd(tokens, stop + 1, tokens.length);
    const after = tokens[orgEnd];
    if (orgEnd > stop + 1 && (!after || after.text === ".") && classify(tokens, stop + 1, orgEnd)?.kind === "organization") {
      return { role: described.role, affiliation: slice(text, tokens.slice(stop + 1, orgEnd)) };
    }
  }
  return described;
}

/** Prepositions after a role that say what it works on or where: "staffer on the project", "organiser in Quillton". */
const SCOPE_PREPOSITIONS: ReadonlySet<string> = wordSet(`on in since during`);

/** The comma after "Md.," or "New Mexico," that starts at `from`: a US state alone between commas; -1 if none. */
function homeStateEnd(tokens: readonly Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + 3); k++) {
    if (tokens[k]!.text !== ",") continue;
    return k > from && stateOf(tokens.slice(from, k).map((t) => t.text).join(" ")) !== null ? k : -1;
  }
  return -1;
}

function parseAppositive(reading: Reading, words: Token[]): Description {
  // "one of his editors at Quill Books": one of several, so the role is the singular ("editor").
  if (words[0]?.lower === "one" && words[1]?.lower === "of" && words.length > 2) {
    const described = parseAppositive(reading, words.slice(2));
    const plural = described.role?.match(/^(?:(?:the|his|her|their|its)\s+)?(.*\S)s$/u);
    return plural && isRoleNoun(plural[1]!.split(/\s+/u).at(-1)!.toLowerCase()) ? { role: plural[1]!, affiliation: described.affiliation } : { role: null, affiliation: described.affiliation };
  }
  return parseDescription(reading, words);
}

function parseDescription(reading: Reading, words: Token[]): Description {
  const { text } = reading;
  if (words.length === 0) return { role: null, affiliation: null };
  // "Mrs Vole, herself a former education secretary,": the description after the pronoun.
  if (REFLEXIVE_PRONOUNS.has(words[0]!.lower) && words.length > 1) return parseDescription(reading, words.slice(1));
  const first = words[0]!;
  // "Bo Kay, editor of the Quill Report": a role word opens a description even where it is no name word.
  if (SPEECH_VERBS.has(first.lower) || NOT_NAME_WORDS.has(first.lower) && !DETERMINERS.has(first.lower) && first.lower !== "who" && !isRoleWord(first)) {
    return { role: null, affiliation: null };
  }
  // "Robert Fenn, defended its record": a verb, not a description.
  if (!first.capitalized && !DETERMINERS.has(first.lower) && first.lower !== "who" && !isRoleWord(first) && !ROLE_MODIFIERS.has(first.lower)) {
    const roleAhead = words.slice(0, 4).some((t) => isRoleWord(t));
    if (!roleAhead) return { role: null, affiliation: null };
  }
  // "Sen. John Whitaker, R-Ohio,": party and state; the party is the affiliation.
  if (words.length === 1 && PARTY_AND_STATE.test(first.text)) return { role: null, affiliation: partyOfTag(first.text) ?? first.text };
  // "Gov. Linda Marsh, a Democrat,": one capitalised word after the article is a party or group.
  if (words.length === 2 && DETERMINERS.has(first.lower) && words[1]!.capitalized && !isRoleWord(words[1]!)) {
    return { role: null, affiliation: words[1]!.text };
  }
  if (first.lower === "who") {
    // "who now teaches at …": the adverb says it is the present job.
    const rest = COPULA_ADVERBS.has(words[1]?.lower ?? "") && JOB_VERBS.has(words[2]?.lower ?? "") ? words.slice(2) : words.slice(1);
    // "Vole, who is the director of the Quill Institution": the copula's description.
    // "who is now an immunologist at …": a time adverb between.
    const skip = rest[1] && COPULA_ADVERBS.has(rest[1].lower) ? 1 : 0;
    // "who was ferry director for the Quill Council": a title with no article, within the first words.
    const described = rest.slice(1 + skip);
    // No verb before the title: "who was elected mayor" tells what happened, not what they are.
    const title = described.findIndex((t, i) => i < 3 && isRoleNoun(t.bare, t.capitalized));
    const titled = title >= 0 && described.slice(0, title).every((t) => !looksLikeVerb(t) && !/ing$/u.test(t.lower));
    if ((rest[0]?.lower === "is" || rest[0]?.lower === "was") && (DETERMINERS.has(described[0]?.lower ?? "") || titled)) return parseAppositive(reading, described);
    // "said Ruiz, who owns a diversity and inclusion consulting firm" / "who heads the Quill Institution"
    if (rest.length < 2 || rest.length > 10 || !JOB_VERBS.has(rest[0]!.lower)) return { role: null, affiliation: null };
    // "who heads the Quill Institution" works there; "who studies the Harbour Trust" does not.
    const org = (LEADING_VERBS.has(rest[0]!.lower) ? organizationAt(rest, 1) : null) ?? (AFFILIATION_PREPOSITIONS.has(rest[1]!.lower) ? organizationAt(rest, 2) : null);
    // "who runs the trust": the organisation the article named with that noun.
    const called = !org && rest.length === 3 && rest[1]!.lower === "the" && !rest[2]!.capitalized ? organizationCalled(reading, rest[2]!.bare) : null;
    if (called) return { role: null, affiliation: called };
    if (!org) {
      // "who studies trade at the Quill Institute": the work, then where it is done.
      const at = rest.findIndex((t, i) => i > 1 && WORKPLACE_PREPOSITIONS.has(t.lower));
      const workplace = at > 0 ? organizationAt(rest, at + 1) : null;
      const employer = workplace && namesOrganization(workplace) ? slice(text, workplace) : null;
      return { role: slice(text, employer ? rest.slice(0, at) : rest), affiliation: employer };
    }
    // "who heads the Quill Institution", "who works for the Quill Foundation": nothing after the organisation, so no role.
    const endsWithOrganization = rest.indexOf(org[0]!) + org.length === rest.length;
    return { role: endsWithOrganization ? null : slice(text, rest), affiliation: slice(text, org) };
  }
  // "a QXP member who ran against Bo Ray": the relative clause tells what they did, not what they are,
  // unless it names where they work ("an economist who studies trade at the Quill Institute").
  const relative = words.findIndex((t, i) => i > 0 && RELATIVE_PRONOUNS.has(t.lower));
  if (relative > 0) {
    const described = parseDescription(reading, words.slice(0, relative));
    if (words[relative]!.lower !== "who") return described;
    // "a former Zorgmax economist who now teaches at Quill University": where they work now, not where they did.
    const former = words.slice(0, relative).some((t) => FORMER_WORDS.has(t.lower));
    if (described.affiliation && !former) return described;
    return { role: described.role, affiliation: parseDescription(reading, words.slice(relative)).affiliation ?? described.affiliation };
  }
  let k = DETERMINERS.has(first.lower) ? 1 : 0;
  // "the committee's ranking Republican", "a longtime Democrat": a member of the party (not "an adviser to Democrats").
  const head = words.at(-1)!;
  const party = words.length - k > 1 ? partyOfWord(head.text) : null;
  const ofSomeone = words.slice(k, -1).some((t) => t.capitalized || AFFILIATION_PREPOSITIONS.has(t.lower) || t.lower === "to");
  if (party && head.capitalized && !ofSomeone) return { role: null, affiliation: party };
  const partyAt = partyWordAt(words, k);
  if (partyAt >= 0) return describedByParty(reading, words.slice(k, partyAt), partyOfWord(words[partyAt]!.text)!, words.slice(partyAt + 1));
  const called = bodyByNoun(reading, words, k);
  if (called) return { role: slice(text, words.slice(k + 1)), affiliation: called };
  // "Acme's principal meteorologist": a possessive organisation, then the role.
  const possessive = words.findIndex((t, i) => i >= k && i < k + 5 && isPossessive(t.text) && t.capitalized);
  if (possessive >= 0 && reading.isPerson(withoutPossessive(words[possessive]!.lower))) {
    // "Vole's campaign manager": the candidate's campaign.
    const owned = words.slice(possessive + 1);
    const staff = personsCampaign(text, words.slice(k, possessive + 1), owned) ?? (owned.length > 0 ? candidatesStaff(reading, words.slice(k, possessive + 1), slice(text, owned)) : null);
    if (staff) return staff;
    // "Moss's attorney": a person's, not an organisation's; "Moss's husband and Acme's editor": the second one is.
    const other = words.findIndex((t, i) => i > possessive + 1 && words[i - 1]!.lower === "and" && t.capitalized && isPossessive(t.text) && !reading.isPerson(withoutPossessive(t.lower)));
    return { role: slice(text, words.slice(k)), affiliation: other >= 0 ? withoutPossessive(words[other]!.text) : null };
  }
  if (possessive >= 0 && words.slice(k, possessive + 1).every((t) => t.capitalized || NAME_CONNECTORS.has(t.lower))) {
    const role = trimRole(words.slice(possessive + 1));
    return { role: role ? slice(text, role) : null, affiliation: withoutPossessive(slice(text, words.slice(k, possessive + 1))) };
  }
  const office = officeOfOrganization(reading, words, k);
  if (office) return office;
  // "the Quill University historian and authority on the city": the first of two roles names the organisation.
  const and = words.findIndex((t, i) => i > k + 1 && t.lower === "and" && isRoleNoun(words[i - 1]!.bare) && !words[i - 1]!.capitalized);
  if (and > 0) {
    const first = parseDescription(reading, words.slice(0, and));
    if (first.affiliation) return first;
  }
  // "Kim Vole, Zorg County Department of Health public information officer,"
  const last = words.at(-1)!;
  // "a retired German general": the modifiers stay with the role, the nationality is read as below.
  let named = k;
  while (named < words.length - 1 && ROLE_MODIFIERS.has(words[named]!.lower) && !words[named]!.capitalized) named++;
  // "an Energy Commission staffer on the TV project": what the role works on follows it; the organisation comes before.
  if (words[named]?.capitalized && !(isRoleNoun(last.lower) && !last.capitalized)) {
    const split = capitalizedRunEnd(words, named, words.length);
    const role = words[split];
    const scoped = role && !role.capitalized && isRoleNoun(role.bare) && SCOPE_PREPOSITIONS.has(words[split + 1]?.lower ?? "");
    if (scoped && split < words.length - 2 && namesOrganization(words.slice(named, split))) {
      const described = parseDescription(reading, words.slice(0, split + 1));
      if (described.affiliation) return described;
    }
  }
  if (words[named]?.capitalized && isRoleNoun(last.lower) && !last.capitalized) {
    let split = named;
    while (split < words.length && (words[split]!.capitalized || (NAME_CONNECTORS.has(words[split]!.lower) && words[split + 1]?.capitalized))) split++;
    // "a German diplomat", "a German army officer": see affiliationByConvention. "a Miami lawyer": where they work, not for whom.
    const by = split > named && split < words.length ? affiliationByConvention(words, text, named, split, words.length) : null;
    if (split > named && split < words.length) {
      if (by) return { role: by.role && (named > k ? `${slice(text, words.slice(k, named))} ${by.role}` : by.role), affiliation: by.affiliation };
      // "a Lagos-based economist": where they work, too.
      // "the former Quill state senator": a role of a place's government says the name is a place.
      const place = isPlaceName(words.slice(named, split).map((t) => t.text)) || /-based$/u.test(words[split - 1]!.lower) ||
        (GOVERNMENT_LEVELS.has(words[split]!.lower) && GOVERNMENT_ROLES.has(last.bare)) || typeName(words.slice(named, split).map((t) => t.text)) === "none";
      // "a former Zorgmax executive": the role is read whole, as what the person was there.
      const role = named > k ? words.slice(k) : words.slice(split);
      return { role: slice(text, role), affiliation: place ? null : withoutPossessive(slice(text, words.slice(named, split))) };
    }
  }
  // "the principal deputy Quill Council press secretary": modifiers, an organisation, then the role.
  if (isRoleNoun(last.lower) && !last.capitalized) {
    let from = k;
    while (from < words.length && !words[from]!.capitalized && from - k < 3) from++;
    const to = capitalizedRunEnd(words, from, words.length);
    if (from > k && to > from && to < words.length && namesOrganization(words.slice(from, to))) {
      return { role: slice(text, words.slice(k)), affiliation: slice(text, words.slice(from, to)) };
    }
  }
  if (!words.slice(k).some((t) => isRoleNoun(t.bare, t.capitalized) || !t.capitalized)) return { role: null, affiliation: null };
  for (let i = k + 1; i < words.length; i++) {
    // "author of Harbour Days: The Problem With Quill": a work's title, not an organisation.
    if (words[i]!.lower === "of" && WORK_CREATORS.has(words[i - 1]!.lower)) continue;
    const serving = words[i]!.lower === "to" && SERVING_ROLES.has(words[i - 1]!.lower);
    const sitsOn = words[i]!.lower === "on";
    if (!AFFILIATION_PREPOSITIONS.has(words[i]!.lower) && !serving && !sitsOn) continue;
    // "in an interview with Zorgle": whom they spoke to, never whom they speak for.
    if (INTERVIEW_NOUNS.has(words[i - 1]!.lower)) continue;
    const org = organizationAt(words, i + 1);
    // "specialist on the Security Council", but "expert on the Balkans"; "a colleague of Vole's" is a person's.
    if (!org || (sitsOn && !BODIES_SAT_ON.has(org.at(-1)!.bare))) continue;
    if (serving && ENVOYS.has(words[i - 1]!.lower) && isPlaceName(org.map((t) => t.text))) {
      // "the British ambassador to Japan": an envoy speaks for the country that sends them, not the one they serve in.
      const role = trimRole(words.slice(k, indexAfter(words, org)));
      const sender = words.slice(k, i).map((t) => countryOfNationality(t.text)).find((country) => country !== null) ?? null;
      return { role: role ? slice(text, role) : null, affiliation: sender };
    }
    if (org.length === 1 && isPossessive(org[0]!.text) && reading.isPerson(org[0]!.bare)) continue;
    // "an immigrant from Mexico", "a student from Ohio": where a private person comes from is no one they speak for.
    if (words[i]!.lower === "from" && isPlaceName(org.map((t) => t.text)) && !speaksForCountry(words.slice(k, i).map((t) => t.text).join(" "))) continue;
    const body = bodyOfOwner(reading, words, i, org);
    if (body) return body;
    // "a spokeswoman for the Quill Nations refugee agency": the body whose agency it is; "the Quill harbour" is no body.
    if (qualifiesNoun(words, org) && !((namesOrganization(org) || typeName(org.map((t) => t.text)) === "organization") && isOrganizationWord(qualifiedHead(words, org)))) continue;
    // "Head of Research at Quill Securities": "of" without "the" names a department when "at" names the organisation after it
    // ("director of the Center for Water at Quill University" is the Center's).
    const department = words[i]!.lower === "of" && words[i + 1]!.lower !== "the";
    const at = department ? words.findIndex((t, j) => j > i + org.length && t.lower === "at") : -1;
    const employer = at > 0 ? organizationAt(words, at + 1) : null;
    if (employer) {
      const role = trimRole(words.slice(k, at));
      return { role: role ? slice(text, role) : null, affiliation: slice(text, employer) };
    }
    const role = trimRole(serving ? words.slice(k, indexAfter(words, org)) : words.slice(k, i));
    return { role: role ? slice(text, role) : null, affiliation: slice(text, org) };
  }
  const role = trimRole(words.slice(k));
  return { role: role ? slice(text, role) : null, affiliation: organizationReferredTo(reading, role ?? []) };
}

/** Most words of the first of two names joined by "and": "Ana María de la Vole and …". */
const MAX_COORDINATED_NAME_WORDS = 5;

/** "candidates", "economists": a lower-case role noun in the plural. */
function isPluralRoleNoun(t: Token): boolean {
  return t.kind === "word" && !t.capitalized && t.bare.length > 3 && t.bare.endsWith("s") && isRoleNoun(t.bare.slice(0, -1));
}

/** Roles of a campaign's staff, by their last word: "senior adviser", "press secretary", "field director". */
const CAMPAIGN_STAFF: ReadonlySet<string> = wordSet(`
  spokesman spokeswoman spokesperson adviser advisor aide manager director strategist chairman chairwoman pollster
  surrogate secretary
`);

/** "Vole's field director", "Vole spokesman": a candidate's staff work for the candidate's campaign. */
function candidatesStaff(block: Reading, owner: readonly Token[], role: string | null): Description | null {
  const last = owner.at(-1)!;
  const surname = withoutPossessive(last.lower);
  if (!role || !CAMPAIGN_STAFF.has(role.split(/\s+/u).at(-1)!.toLowerCase()) || !block.isCandidate(surname)) return null;
  return { role, affiliation: `${withoutPossessive(last.text)} campaign` };
}

/** Words that say someone runs for office: "candidate Ann Vole", "Vole, the Quill Party nominee". */
const CANDIDACY_WORDS: ReadonlySet<string> = wordSet(`
  candidate nominee hopeful contender front-runner frontrunner challenger
`);
/** "a campaign against the tax": a cause, not someone's run for office. */
const CAUSE_PREPOSITIONS: ReadonlySet<string> = wordSet(`
  against over
`);

/** A lower-case word that may stand between an owner and "campaign", or be it ("Vole's re-election campaign"): no verb, no determiner ("Vole launched a campaign"). */
function inCampaignNoun(t: Token): boolean {
  return t.kind === "word" && !t.capitalized && !DETERMINERS.has(t.lower) && !looksLikeVerb(t) && !IRREGULAR_FINITE.has(t.lower);
}

/** How many words from a surname a word of candidacy or "campaign" may stand: "Vole's presidential campaign". */
const CANDIDACY_REACH = 3;
/** How far into an appositive after the surname its word of candidacy may stand: ", the Quill Party presidential candidate". */
const CANDIDACY_APPOSITIVE_REACH = 6;

/** Per article: the surnames it shows run for office. */
const candidatesByArticle = new WeakMap<readonly ProfileBlock[], Map<string, boolean>>();

/** Whether the article writes "the Vole campaign", "Vole's re-election campaign" or "candidate Ann Vole" near the surname. */
function runsForOffice(blocks: readonly ProfileBlock[], surname: string): boolean {
  let known = candidatesByArticle.get(blocks);
  if (!known) candidatesByArticle.set(blocks, (known = new Map()));
  const cached = known.get(surname);
  if (cached !== undefined) return cached;
  const sightings = capitalizedWordsOf(blocks).get(surname) ?? [];
  let runs = false;
  for (let k = 0; k < sightings.length && !runs; k += 2) {
    const tokens = blocks[sightings[k]!]!.tokens;
    const i = sightings[k + 1]!;
    // "the Vole campaign said", not "Vole's campaign against the tax" (a cause, not a candidacy).
    for (let j = i + 1; j <= i + CANDIDACY_REACH && j < tokens.length && inCampaignNoun(tokens[j]!); j++) {
      if (tokens[j]!.lower === "campaign" && !CAUSE_PREPOSITIONS.has(tokens[j + 1]?.lower ?? "")) runs = true;
    }
    for (let j = i - 1; j >= Math.max(0, i - CANDIDACY_REACH) && tokens[j]!.kind === "word"; j--) {
      if (CANDIDACY_WORDS.has(tokens[j]!.lower)) runs = true;
    }
    // "Ann Vole, the Quill Party presidential candidate,": the appositive says so.
    if (tokens[i + 1]?.text !== ",") continue;
    // Not past a relative pronoun: "Vole, who backs the Quill Party nominee," is no candidate.
    for (let j = i + 2; j < Math.min(tokens.length, i + 2 + CANDIDACY_APPOSITIVE_REACH) && tokens[j]!.kind === "word" && !RELATIVE_PRONOUNS.has(tokens[j]!.lower) && tokens[j]!.lower !== "that"; j++) {
      if (CANDIDACY_WORDS.has(tokens[j]!.lower)) runs = true;
    }
  }
  known.set(surname, runs);
  return runs;
}

/** "Vole's campaign manager": a role on a person's campaign works for "Vole campaign"; null for any other role of theirs ("Vole's lawyer"). */
function personsCampaign(text: string, owner: readonly Token[], role: readonly Token[]): Description | null {
  if (role.length < 2 || role.some((t) => t.kind !== "word") || !isCandidateBody(role[0]!.bare)) return null;
  const roleText = slice(text, role);
  // "Jo Harrow's campaign manager" works for the Harrow campaign, as news calls it.
  return { role: roleText, affiliation: campaignAffiliation(roleText, withoutPossessive(owner.at(-1)!.text)) };
}

/**
 * "a Democrat from Virginia", "the Republican senator from Ohio": the party
 * is the affiliation, the office after it the role, and the place they
 * serve, after "from" (or "of" a place), neither. An organisation named in
 * the rest is their employer and wins ("a Republican strategist at Acme Group").
 */
function describedByParty(reading: Reading, before: readonly Token[], party: string, rest: Token[]): Description {
  const home = rest.findIndex((t, i) => t.lower === "from" || (t.lower === "of" && isPlaceName(rest.slice(i + 1).map((w) => w.text))));
  const office = home >= 0 ? rest.slice(0, home) : rest;
  const described = parseDescription(reading, office);
  // "a former Democratic congressman": the modifiers before the party stay with the role.
  const role = described.role && before.length > 0 && before.every((t) => !t.capitalized) ? `${slice(reading.text, before)} ${described.role}` : described.role;
  return { role, affiliation: described.affiliation ?? party };
}

/**
 * "a member of the QXP's central executive committee": a body owned by an
 * organisation, after "of"; the organisation is the affiliation and the
 * role names the body without its owner ("member of the central executive
 * committee"). The body is the rest of the description, lower-case words
 * ending in a body one sits on.
 */
function bodyOfOwner(reading: Reading, words: readonly Token[], of: number, owner: readonly Token[]): Description | null {
  const last = owner.at(-1)!;
  if (words[of]!.lower !== "of" || !isPossessive(last.text) || reading.isPerson(withoutPossessive(last.lower))) return null;
  const rest = words.slice(words.indexOf(last) + 1);
  // "member of the Quill Party's executive committee", "head of QSA's planetary missions division": the owner's body or unit.
  if (rest.length === 0 || rest.some((t) => t.kind !== "word" || t.capitalized) || !(BODIES_SAT_ON.has(rest.at(-1)!.bare) || SUB_UNITS.has(rest.at(-1)!.bare))) return null;
  const k = DETERMINERS.has(words[0]!.lower) ? 1 : 0;
  const { text } = reading;
  // A unit keeps the role as written ("head of QSA's missions division"); a body one sits on is named apart.
  const role = SUB_UNITS.has(rest.at(-1)!.bare) ? slice(text, words.slice(k)) : `${slice(text, words.slice(k, of + 1))} the ${slice(text, rest)}`;
  return { role, affiliation: withoutPossessive(slice(text, owner)) };
}

/** Words a description may put before its party word: "a Texas Republican", "a first-term Democrat", "a former Democratic congressman", "a well-known New Mexico Democrat". */
const MAX_WORDS_BEFORE_PARTY = 3;

/**
 * Where a description's party word stands, or -1: within its first words,
 * not starting a longer name ("the Democratic National Committee chairman"),
 * and after no organisation ("a Quill Party Republican") or owner.
 */
function partyWordAt(words: readonly Token[], k: number): number {
  for (let p = k; p < words.length && p - k <= MAX_WORDS_BEFORE_PARTY; p++) {
    const t = words[p]!;
    // "an adviser to Republicans": the party is whom they serve.
    if (t.kind !== "word" || isOrganizationWord(t.bare) || isPossessive(t.text) || AFFILIATION_PREPOSITIONS.has(t.lower) || t.lower === "to") return -1;
    if (partyOfWord(t.text) && !words[p + 1]?.capitalized) return p;
  }
  return -1;
}

/** Prepositions that name an office's remit in a title: "High Commissioner for Refugees", "Minister of Culture". */
const REMIT_PREPOSITIONS: ReadonlySet<string> = wordSet(`for of`);

/**
 * "the United Nations High Commissioner for Refugees": an organisation's
 * name, then a capitalised office with its remit ("for Refugees"), which is
 * part of the role, not another organisation. Read only when the whole
 * description is that, the remit names neither an organisation nor a place,
 * and the words before the office are an organisation by the lexicon.
 */
function officeOfOrganization(reading: Reading, words: readonly Token[], k: number): Description | null {
  const { text } = reading;
  const at = words.findIndex((t, i) => i > k + 1 && REMIT_PREPOSITIONS.has(t.lower) && isRoleNoun(words[i - 1]!.bare, true) && words[i - 1]!.capitalized);
  if (at < 0 || !words.slice(k, at).every((t) => t.capitalized)) return null;
  const remit = words.slice(at + 1);
  if (remit.length === 0 || !remit[0]!.capitalized || !remit.every((t) => t.capitalized || NAME_CONNECTORS.has(t.lower))) return null;
  const remitWords = remit.map((t) => t.text);
  if (namesOrganization(remit) || typeName(remitWords) === "organization" || isPlaceName(remitWords)) return null;
  for (let end = at - 1; end > k; end--) {
    const name = words.slice(k, end);
    if (typeName(name.map((t) => t.text)) === "organization") return { role: slice(text, words.slice(end)), affiliation: slice(text, name) };
  }
  return null;
}

/** "member of the group": the one organisation the article introduced as "the group Nurses for Clean Air". */
function organizationReferredTo(reading: Reading, role: readonly Token[]): string | null {
  if (role.length < 3) return null;
  const [preposition, the, noun] = role.slice(-3) as [Token, Token, Token];
  if (!AFFILIATION_PREPOSITIONS.has(preposition.lower) || the.lower !== "the" || noun.capitalized) return null;
  return organizationCalled(reading, noun.lower);
}

/** "the [trust's] lawyer", "a [department] spokesman": the body the article named with the noun before the role. */
function bodyByNoun(reading: Reading, words: readonly Token[], k: number): string | null {
  const noun = words[k];
  if (!noun || noun.capitalized || words.length <= k + 1) return null;
  const shaped = isPossessive(noun.text) ? words[k - 1]?.lower === "the" : words.length === k + 2 && isRoleNoun(words[k + 1]!.bare);
  return shaped ? organizationCalled(reading, withoutPossessive(noun.bare)) : null;
}

/** The one organisation the article means by a bare noun: "the group" after "the group Nurses for Clean Air", "the trust" after "the Harbour Trust". */
function organizationCalled(reading: Reading, noun: string): string | null {
  return reading.organizations.introducedAs(noun) ?? (isOrganizationWord(noun) ? reading.organizations.namedByHead(noun) : null);
}

/** The token after a run of `tokens`, found by its offset (a binary search: blocks may be huge). */
function tokenAfter(tokens: readonly Token[], run: readonly Token[]): Token | undefined {
  return tokens[indexAfter(tokens, run)];
}

/** The index of the token after a run of `tokens`. */
function indexAfter(tokens: readonly Token[], run: readonly Token[]): number {
  const start = run.at(-1)!.start;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

/**
 * "a member of the Quill 10 crew", "a friend of the Vole family": inside an appositive, the name only qualifies the
 * common noun after it. A part of the body ("the Quill Workers Union chapter") is still the body's.
 */
function qualifiesNoun(tokens: readonly Token[], name: readonly Token[]): boolean {
  const after = tokenAfter(tokens, name);
  return !!after && after.kind === "word" && !after.capitalized && !NOT_NAME_WORDS.has(after.lower) && !ROLE_ENDS_AT.has(after.lower) && !AFFILIATION_PREPOSITIONS.has(after.lower) && !looksLikeVerb(after) && !SUB_UNITS.has(after.lower);
}

/** Most lower-case words of a noun an organisation's name qualifies: "Quill Nations [refugee agency]". */
const MAX_QUALIFIED_WORDS = 3;

/** The last lower-case word of the noun phrase right after `name`: "agency" in "the Quill Nations refugee agency said". */
function qualifiedHead(tokens: readonly Token[], name: readonly Token[]): string {
  const from = indexAfter(tokens, name);
  let k = from;
  while (k - from < MAX_QUALIFIED_WORDS && tokens[k]?.kind === "word" && !tokens[k]!.capitalized && !AFFILIATION_PREPOSITIONS.has(tokens[k]!.lower) && !NOT_NAME_WORDS.has(tokens[k]!.lower)) k++;
  return k > from ? tokens[k - 1]!.bare : "";
}

/** Capitalised words that say they name an organisation: "Quill House", "Quill Council", "QSC". */
function namesOrganization(words: readonly Token[]): boolean {
  return words.some((t) => isOrganizationWord(t.bare) || /^[A-Z]{2,}$/u.test(t.text));
}

/** Longest organisation name read, in tokens: a run of thousands of capitalised words is no name worth reading whole. */
const MAX_ORGANIZATION_TOKENS = 12;

/** Descriptive words an organisation's name may follow: "the Oslo-based fact-checking website Vox Pop". */
const MAX_DESCRIPTOR_WORDS = 4;

/**
 * A capitalised organisation name starting at `i`, a leading "the" skipped,
 * and a description before it: "(the) tech research firm ZYX" is ZYX, and a
 * lone "Oslo-based" is a description, not a name. One description is read,
 * never a chain of them ("the Oslo-based firm Oslo-based firm …" thousands
 * of times must cost no more than once).
 */
function organizationAt(tokens: readonly Token[], i: number): Token[] | null {
  let k = i;
  if (tokens[k]?.lower === "the") k++;
  for (let d = k; d < tokens.length && d - k < MAX_DESCRIPTOR_WORDS; d++) {
    const t = tokens[d]!;
    if (t.kind !== "word" || (t.capitalized && !(t.lower.includes("-") && isDemonym(t.lower)))) break;
    // "the think tank Acme Forum", "the right-wing Acme Forum": a kind or a leaning, then the name.
    if (!t.capitalized && (isOrganizationWord(t.bare) || LEANINGS.has(t.lower)) && tokens[d + 1]?.capitalized) {
      k = tokens[d + 1]!.lower === "the" ? d + 2 : d + 1;
      break;
    }
  }
  if (tokens[k]?.lower.includes("-") && isDemonym(tokens[k]!.lower) && !tokens[k + 1]?.capitalized) return null;
  const out: Token[] = [];
  while (k < tokens.length && out.length < MAX_ORGANIZATION_TOKENS) {
    const t = tokens[k]!;
    if (t.text === "&" && out.length > 0 && tokens[k + 1]?.capitalized) {
      out.push(t);
      k++;
      continue;
    }
    if (t.kind !== "word") break;
    // "21st Century Quill": an ordinal opens a name that goes on in capitals.
    if (out.length === 0 && ORDINAL.test(t.lower) && tokens[k + 1]?.capitalized) {
      out.push(t);
      k++;
      continue;
    }
    // "US Airways": a word in capitals is an acronym, not the pronoun.
    if (t.capitalized && out.length === 0 && NOT_NAME_WORDS.has(t.lower) && !/^[A-Z]{2,}$/u.test(t.text)) break;
    if (t.capitalized) {
      out.push(t);
      k++;
      continue;
    }
    const joined = nameContinuesAt(tokens, k, out.at(-1));
    if (joined === k) break;
    out.push(...tokens.slice(k, joined));
    k = joined;
  }
  // "the Syrian army", "the Zorgton police": a nationality or a place on an organisation word names that organisation.
  const head = tokens[k];
  if (out.length > 0 && head && !head.capitalized && isOrganizationWord(head.bare) && (out.every((t) => isDemonym(t.text)) || isPlaceName(out.map((t) => t.text)))) out.push(head);
  // "a spokeswoman for the Quill campaign": a candidate's name before "campaign" names the campaign.
  else if (out.length > 0 && head && !head.capitalized && isCandidateBody(head.bare)) out.push(head);
  // "the Netherlands' Quill University", "Germany's Harbour Institute": the country says where; the name follows it.
  if (out.length > 1 && isPossessive(out[0]!.text) && out[1]!.capitalized && isPlaceName([withoutPossessive(out[0]!.text)])) out.shift();
  return out.length > 0 && (out[0]!.capitalized || ORDINAL.test(out[0]!.lower)) ? out : null;
}

/** Articles a connector may carry inside a name: "Committee for a Balanced Budget", "Institute for the Study of War". */
const ARTICLES_IN_NAMES: ReadonlySet<string> = wordSet(`a an the`);
/** Connectors that take an article inside a name; "and the" ends one name and starts another. */
const CONNECTORS_WITH_ARTICLE: ReadonlySet<string> = wordSet(`of for on`);
/** Days and months: "the Council on Tuesday" is when, not part of the name. */
const DATES: ReadonlySet<string> = wordSet(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december
`);

/**
 * Where an organisation's name goes on after the lower-case word at `k`:
 * past a connector and a capitalised word ("Quill of Vorland"), past a
 * connector and an article ("Committee for a Balanced Harbour Budget"), or
 * past "on" after the name's head word ("Council on Foreign Relations").
 * `k` itself when the name ends there.
 */
function nameContinuesAt(tokens: readonly Token[], k: number, previous: Token | undefined): number {
  const t = tokens[k]!;
  if (!NAME_CONNECTORS.has(t.lower) && !(t.lower === "on" && previous && isOrganizationWord(previous.bare))) return k;
  if (t.lower === "the") return k;
  let next = k + 1;
  if (CONNECTORS_WITH_ARTICLE.has(t.lower) && ARTICLES_IN_NAMES.has(tokens[next]?.lower ?? "")) next++;
  const word = tokens[next];
  return word?.capitalized && !DATES.has(word.lower) ? next : k;
}

/** Prepositions that end the head of a long role: "recipient among …", "fellow at …". */
const CLAUSE_PREPOSITIONS: ReadonlySet<string> = wordSet(`
  of for at to among from with in on by about over under between
`);

/** Words before a role that praise or date the holder, not the post: "a well-known economist", "the new chairman". */
const PRAISE_WORDS: ReadonlySet<string> = wordSet(`
  new well-known renowned prominent noted famed famous respected celebrated acclaimed influential distinguished
  esteemed beloved legendary
`);

/** A role of a few words; a long coordination keeps its first part, and a long phrase not headed by a role noun is none. */
function trimRole(words: Token[]): Token[] | null {
  // "a Democratic pollster working for …": a participle after the role's noun starts what they do ("chief operating
  // officer" is one title: a role noun follows).
  // ("a lawyer representing officer Tom Quarrie" is still the lawyer: a name follows that role noun).
  const titleGoesOn = (i: number): boolean => isRoleNoun(words[i + 1]?.bare ?? "") && !words[i + 2]?.capitalized;
  const participle = (t: Token, i: number): boolean => /[^e]ing$/u.test(t.lower) && !t.capitalized && isRoleNoun(words[i - 1]!.bare) && !titleGoesOn(i);
  // "an expert with decades of experience": what they have, not whom they work with ("a lawyer with the firm").
  const having = (t: Token, i: number): boolean => t.lower === "with" && words[i + 1]?.kind === "word" && !words[i + 1]!.capitalized && !DETERMINERS.has(words[i + 1]!.lower);
  const stop = words.findIndex((t, i) => i > 0 && (t.kind !== "word" || ROLE_ENDS_AT.has(t.lower) || participle(t, i) || having(t, i)));
  let role = stop > 0 ? words.slice(0, stop) : words;
  // "a well-known climate scientist", "the trust's new chairman": praise and news are no part of the title.
  while (role.length > 1 && PRAISE_WORDS.has(role[0]!.lower) && !role[0]!.capitalized) role = role.slice(1);
  // "author of Harbour Days": the work is no part of the role; "screenwriter and author of": nor a dangling preposition.
  const work = role.findIndex((t, i) => i > 0 && t.lower === "of" && WORK_CREATORS.has(role[i - 1]!.lower));
  if (work > 0) role = role.slice(0, work);
  while (role.length > 1 && (AFFILIATION_PREPOSITIONS.has(role.at(-1)!.lower) || DETERMINERS.has(role.at(-1)!.lower))) role = role.slice(0, -1);
  if (role.length === 0) return null;
  if (role.length > MAX_ROLE_WORDS_BEFORE_SPLIT) {
    // "member of the group and signatory to the letter": two roles; keep the first. "expert in drug use and mental health": one.
    const and = role.findIndex((t, i) => t.lower === "and" && (DETERMINERS.has(role[i + 1]?.lower ?? "") || isRoleNoun(role[i + 1]?.lower ?? "")));
    if (and > 0) return role.slice(0, and);
    // "top recipient among the candidates of contributions from …": a clause whose head is no role noun is no role.
    const preposition = role.findIndex((t, i) => i > 0 && !t.capitalized && CLAUSE_PREPOSITIONS.has(t.lower));
    if (!role.slice(0, preposition > 0 ? preposition : role.length).some((t) => isRoleWord(t) && !ROLE_MODIFIERS.has(t.lower))) return null;
  }
  return role;
}

function slice(text: string, tokens: readonly Token[]): string {
  return text.slice(tokens[0]!.start, tokens.at(-1)!.end);
}
