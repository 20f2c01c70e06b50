/**
 * The people and organisations an article quotes, merged across the article:
 * "Ruiz" is the "Ana Ruiz" introduced three sentences earlier.
 */
import { startsUpper } from "./characters";
import { namesHoliday, namesPlace } from "./entity-type";
import type { SpeakerKind } from "./attribution";
import type { Phrase } from "./phrases";
import { isDemonym } from "./roles";
import { capitalizedRunEnd, classify, isTitleWord } from "./phrases";
import type { Token } from "./tokens";
import { withoutPossessive } from "./tokens";
import { NAME_SUFFIXES } from "./vocabulary";

export interface Entity {
  id: string;
  kind: SpeakerKind;
  name: string;
  aliases: Set<string>;
  /** Lower-case last name of a person, the key "Ruiz" is found by. */
  surname: string | null;
  /** Known from the article itself (Mr./Ms., "his"/"her" right after the name, a resolved "he"/"she"). */
  gender?: "male" | "female";
  /** The gender rests only on a pronoun the engine resolved to them or on their given name: the article's own evidence overrides it. */
  genderInferred?: boolean;
  /** Their given name has been looked up for a gender (once is enough). */
  givenNameRead?: boolean;
  /** The article shows it is a person, not just a capitalised word: a title before it, "who" after it, a past verb after it opening a sentence. */
  personShown?: boolean;
  /** A title before it or "who" after it: a person by the article's words, not by grammar alone. */
  titled?: boolean;
  /** "the agency", "the doctors": the organisation the article last named. */
  affiliationHint?: string;
  /** "the Kremlin spokesman said …" just before "Jo Haddad said": how the article described them. */
  descriptionHint?: string;
}

/** Where a full name ("Ana Ruiz") stands in the article, for resolving a later bare surname. */
interface FullNameSighting {
  name: string;
  block: number;
  token: number;
  /** The title word written just before the name, lower-case: "president" in "President Karim Nasser". */
  title: string | null;
  /** The capitalised word before that title, lower-case: "us" in "US President Karim Nasser". */
  titleQualifier: string | null;
}

export interface BlockTokens {
  text: string;
  tokens: readonly Token[];
}

/** A run of capitalised words (capitalizedRunEnd) and what classify reads in it. */
export interface NameRun {
  end: number;
  phrase: Phrase | null;
}

/** "ABC", "TASS", "AT&T": one capitalised token that names an organisation, not a person. */
const ACRONYM = /^[A-Z&.\d-]{2,}$/u;

/** Lower case with curly apostrophes straightened, as tokens' `lower` is: "O’Ruffo" and "O'Ruffo" are one name. */
function lowerName(name: string): string {
  const lower = name.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/gu, "'") : lower;
}

export function nameKey(name: string): string {
  return lowerName(name).replace(/[.,]/gu, "").replace(/^the\s+/u, "").replace(/\s+/gu, " ").trim();
}

function lastNameOf(words: readonly string[]): string | null {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = lowerName(words[i]!);
    if (!NAME_SUFFIXES.has(w) && !NAME_SUFFIXES.has(w.replace(/\.$/u, ""))) return withoutPossessive(w);
  }
  return null;
}

/** The last word of a company's legal name: "Zorgmax Co.", "Vorlex Corp", "Quill Holdings Inc.". */
const LEGAL_FORMS: ReadonlySet<string> = new Set(["inc", "inc.", "co", "co.", "corp", "corp.", "corporation", "company", "ltd", "ltd.", "llc", "plc", "gmbh", "ag", "nv", "sa"]);
/** Last words that make a name a company's as surely as a legal form: "American Airlines" is "American" for short. */
const COMPANY_HEADS: ReadonlySet<string> = new Set(["airlines", "airways", "motors", "holdings", "group", "pharmaceuticals", "technologies"]);

/** Titles used with a given name alone: "Dame Ann" is Dame Ann Vole. */
const BY_GIVEN_NAME_TITLES: ReadonlySet<string> = new Set(["sir", "dame"]);

export class Cast {
  readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();
  /** nameKey of each name met (its replaces run once per name, not once per mention). */
  private readonly keys = new Map<string, string>();
  /**
   * The people in `entities` by surname, in the order they came (a person's kind and surname never change): a
   * surname is looked up for every name the article mentions, so the cast is not searched whole each time.
   */
  private readonly peopleBySurname = new Map<string | null, Entity[]>();
  private readonly fullNames = new Map<string, FullNameSighting[]>();
  /** Full names by their first word, lower-case: "wu" → ["Wu Ming"], "andrew" → ["Ana Ruiz"]. */
  private readonly byFirstWord = new Map<string, Map<string, FullNameSighting>>();
  /** Companies by their first word, lower-case: "zorgmax" → "Zorgmax Co."; null where two companies share it. */
  private readonly companiesByFirstWord = new Map<string, string | null>();

  /**
   * Every run of two or more name words outside quotes: the article's full names. Call for each block, in order, before resolving.
   * Returns each capitalised run it read, by its first token, so a later reading of the same run need not classify it again.
   */
  index(block: BlockTokens, b: number): ReadonlyMap<number, NameRun> {
    const { tokens, text } = block;
    const runs = new Map<number, NameRun>();
    let i = 0;
    while (i < tokens.length) {
      if (!tokens[i]!.capitalized) {
        i++;
        continue;
      }
      const runEnd = capitalizedRunEnd(tokens, i, tokens.length);
      // Only what reads as a person: not "Zorg QDC", not "Doctors for Quill Reform".
      const phrase = classify(tokens, i, runEnd);
      runs.set(i, { end: runEnd, phrase });
      if (phrase?.kind === "organization") this.noteCompany(tokens, text, phrase);
      let from = phrase?.kind === "person" ? phrase.nameFrom : null;
      const end = phrase?.kind === "person" ? phrase.nameTo : runEnd;
      // "Hosting Vole at Zorgfest…": a capitalised gerund is not a first name.
      if (from !== null && /ing$/u.test(tokens[from]!.lower) && end - from >= 2) from++;
      // "South Quill", "Quill Tower": no one's full name, though classify reads two capitals so.
      const words = from !== null && end - from >= 2 ? tokens.slice(from, end).map((t) => t.text) : null;
      if (from !== null && words && !namesPlace(words) && !namesHoliday(words)) {
        const surname = lastNameOf(words);
        const name = withoutPossessive(text.slice(tokens[from]!.start, tokens[end - 1]!.end));
        if (surname) {
          const list = this.fullNames.get(surname) ?? [];
          const before = tokens[from - 1];
          const title = before && before.kind === "word" && isTitleWord(before) ? before.lower.replace(/\.$/u, "") : null;
          const qualifier = title !== null && tokens[from - 2]?.kind === "word" && tokens[from - 2]!.capitalized ? tokens[from - 2]!.lower : null;
          const sighting = { name, block: b, token: from, title, titleQualifier: qualifier };
          list.push(sighting);
          this.fullNames.set(surname, list);
          const first = name.split(/\s+/u)[0]!.toLowerCase();
          const named = this.byFirstWord.get(first) ?? new Map<string, FullNameSighting>();
          if (!named.has(name)) named.set(name, sighting);
          this.byFirstWord.set(first, named);
        }
      }
      i = Math.max(runEnd, i + 1);
    }
    return runs;
  }

  /** The entity a speaker phrase names (pronouns are resolved elsewhere). */
  fromPhrase(phrase: Phrase, block: BlockTokens): Entity | null {
    const { tokens, text } = block;
    if (phrase.kind === "pronoun" || phrase.kind === "document") return null;
    const nameTokens = tokens.slice(phrase.nameFrom, phrase.nameTo);
    if (nameTokens.length === 0) return null;
    const raw = withoutPossessive(text.slice(nameTokens[0]!.start, nameTokens.at(-1)!.end));
    // "added another commonwealth Democrat": someone new, whoever the article described so before (not "another
    // witness, Ann Vole", who has a name).
    if (tokens[phrase.from]!.lower === "another" && phrase.from + 1 < phrase.nameTo && !nameTokens.at(-2)?.capitalized) {
      const entity = this.ensure("anonymous", withoutPossessive(text.slice(tokens[phrase.from + 1]!.start, nameTokens.at(-1)!.end)));
      entity.aliases.add(withoutPossessive(text.slice(tokens[phrase.from]!.start, nameTokens.at(-1)!.end)));
      return entity;
    }
    if (phrase.kind === "organization") {
      // "the group Doctors for Quill Reform": the proper name, not the common noun before it.
      const proper = nameTokens.findIndex((t) => t.capitalized);
      if (proper > 0 && nameTokens.slice(proper).some((t) => t.capitalized)) return this.ensure("organization", withoutPossessive(text.slice(nameTokens[proper]!.start, nameTokens.at(-1)!.end)));
    }
    if (phrase.kind === "anonymous") {
      // "the president said": the one person the article titles so.
      const titled = this.personByTitle(tokens, phrase);
      if (titled) return titled;
      // "the aide said" after "One senior Democratic aide … said": the same unnamed person.
      const described = this.describedEarlier(tokens, phrase);
      if (described) return described;
    }
    if (phrase.kind !== "person") {
      const entity = this.ensure(phrase.kind, raw);
      // "one user on Quill": the article's own words, determiner included, are another name for it.
      const written = withoutPossessive(text.slice(tokens[phrase.from]!.start, nameTokens.at(-1)!.end));
      if (written !== entity.name) entity.aliases.add(written);
      return entity;
    }
    if (nameTokens.length === 1) {
      const word = nameTokens[0]!.text;
      // "Sir Tom", "Dame Ann": by British usage, the given name of the one full name it starts.
      const title = tokens[phrase.nameFrom - 1]?.lower ?? "";
      const given = BY_GIVEN_NAME_TITLES.has(title) ? this.familyNameFirst(withoutPossessive(lowerName(word)), title) : null;
      if (given) return this.person(given.name);
      const known = this.personBySurname(withoutPossessive(lowerName(word)));
      if (known) return known;
      if (ACRONYM.test(word)) return this.ensure("organization", raw);
      // "Zorgmax is in the early stages" after "Zorgmax Co. won a contract": the company, by its short name.
      const company = this.companiesByFirstWord.get(withoutPossessive(lowerName(word)));
      if (company) return this.ensure("organization", company);
    }
    return this.person(raw);
  }

  /** "Zorgmax Co.", "Vorlex Holdings Inc.": a company by its legal form, whose first word alone will name it ("Quill and Vole Corp" is two). */
  private noteCompany(tokens: readonly Token[], text: string, phrase: Phrase): void {
    const name = tokens.slice(phrase.nameFrom, phrase.nameTo);
    const last = name.at(-1)?.lower ?? "";
    if (name.length < 2 || !(LEGAL_FORMS.has(last) || COMPANY_HEADS.has(last)) || !name[0]!.capitalized) return;
    if (name.some((t) => t.lower === "and" || t.text === "&")) return;
    const first = lowerName(name[0]!.text);
    const full = withoutPossessive(text.slice(name[0]!.start, name.at(-1)!.end));
    const known = this.companiesByFirstWord.get(first);
    this.companiesByFirstWord.set(first, known === undefined || known === full ? full : null);
  }

  private person(name: string): Entity {
    const words = name.split(/\s+/u);
    const surname = lastNameOf(words);
    // "Lena Costa" and "Lena M. Costa" are one person.
    const same = this.peopleBySurname.get(surname)?.find((e) => sameFirstName(e.name, name));
    if (same) {
      if (name.length > same.name.length) {
        same.aliases.add(same.name);
        this.byKey.set(this.keyOf(name), same);
        same.name = name;
      } else if (name !== same.name) same.aliases.add(name);
      return same;
    }
    return this.ensure("person", name, surname);
  }

  /** "the president" → the only person introduced as "President …"; null when none or several. */
  private personByTitle(tokens: readonly Token[], phrase: Phrase): Entity | null {
    // "the US President said": the phrase may start at the title, the article and an acronym left before it.
    const from = tokens[phrase.from]?.lower !== "the" && tokens[phrase.from - 1]?.capitalized && tokens[phrase.from - 2]?.lower === "the" ? phrase.from - 2 : phrase.from;
    if (tokens[from]?.lower !== "the" || phrase.to - from > 3) return null;
    const title = tokens[phrase.to - 1]!.lower;
    // "the US President said" after "US President Tom Quarrie": the word before the title must be the same
    // ("the Turkish president" is not "US President Tom Quarrie").
    const qualifier = phrase.to - from === 3 ? tokens[from + 1]! : null;
    if (qualifier && !qualifier.capitalized) return null;
    const names = new Set<string>();
    for (const sightings of this.fullNames.values()) {
      for (const s of sightings) if (s.title === title && (!qualifier || s.titleQualifier === qualifier.lower)) names.add(s.name);
    }
    return names.size === 1 ? this.person([...names][0]!) : null;
  }

  /**
   * The latest unnamed speaker whose description ends with the noun of "the NOUN" and holds its other words:
   * "the aide" and "the former adviser" after "One senior aide …" and "one former adviser said".
   */
  describedEarlier(tokens: readonly Token[], phrase: Phrase): Entity | null {
    if (tokens[phrase.from]?.lower !== "the" || phrase.to - phrase.from < 2) return null;
    const words = tokens.slice(phrase.from + 1, phrase.to).map((t) => t.lower);
    const noun = words.at(-1)!;
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const e = this.entities[i]!;
      if (e.kind !== "anonymous" || !e.name.includes(" ")) continue;
      const described = e.name.toLowerCase().split(/\s+/u);
      if (described.at(-1) === noun && words.every((w) => described.includes(w))) return e;
    }
    return null;
  }

  /** Whether a bare surname names a person the article introduced in full. */
  isKnownSurname(surname: string): boolean {
    return this.fullNames.has(surname) || this.peopleBySurname.has(surname);
  }

  /** Whether a word alone names a company the article gave in full ("Zorgmax" after "Zorgmax Co."). */
  isKnownCompany(word: string): boolean {
    return !!this.companiesByFirstWord.get(word);
  }

  /**
   * Whether the article names a person of this lower-case surname in full or with a title ("Ann Vole", "President
   * Vole"): "Quill started with an idea" alone does not make Quill someone.
   */
  isNamedPerson(surname: string): boolean {
    return this.fullNames.has(surname) || (this.peopleBySurname.get(surname)?.some((e) => e.titled === true) ?? false);
  }

  /** A bare surname: the person of that name seen nearest before (else after) this point. */
  private personBySurname(surname: string): Entity | null {
    // Articles introduce a person by full name once, then use the surname: take that introduction.
    const pick = this.fullNames.get(surname)?.[0] ?? this.familyNameFirst(surname);
    if (!pick) {
      const existing = this.peopleBySurname.get(surname);
      return existing?.length === 1 ? existing[0]! : null;
    }
    const entity = this.person(pick.name);
    entity.aliases.add(surname.charAt(0).toUpperCase() + surname.slice(1));
    return entity;
  }

  /** A first name used alone ("Andrew") that starts exactly one of the article's full names. */
  isKnownFirstName(word: string): boolean {
    // The map first: most words start no full name, and isDemonym runs regexes.
    return this.familyNameFirst(word) !== null && !isDemonym(word);
  }

  /**
   * "Wu" for "Wu Ming": family name first, when exactly one full name starts with the word.
   * With a title ("Sir Tom"), the one full name the article gave that title breaks a tie.
   */
  private familyNameFirst(word: string, title: string | null = null): FullNameSighting | null {
    const found = this.byFirstWord.get(word);
    if (!found) return null;
    if (found.size === 1) return found.values().next().value!;
    const titled = title === null ? [] : [...found.values()].filter((s) => s.title === title);
    return titled.length === 1 ? titled[0]! : null;
  }

  /** "the doctors" for "Doctors for Quill Reform": the one organisation whose name holds the noun. */
  organizationNamedBy(noun: string): Entity | null {
    const singular = noun.replace(/s$/u, "");
    const matches = this.entities.filter(
      (e) => e.kind === "organization" && startsUpper(e.name) && e.name.toLowerCase().split(/\s+/u).some((w) => w === noun || w.replace(/s$/u, "") === singular),
    );
    return matches.length === 1 ? matches[0]! : null;
  }

  private keyOf(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) this.keys.set(name, (key = nameKey(name)));
    return key;
  }

  ensure(kind: SpeakerKind, name: string, surname: string | null = null): Entity {
    const key = this.keyOf(name);
    const found = this.byKey.get(key);
    if (found) return found;
    const entity: Entity = { id: `s${this.entities.length + 1}`, kind, name: name.replace(/^(the|a|an|one)\s+/iu, ""), aliases: new Set(), surname };
    this.entities.push(entity);
    if (kind === "person") {
      const namesakes = this.peopleBySurname.get(surname);
      if (namesakes) namesakes.push(entity);
      else this.peopleBySurname.set(surname, [entity]);
    }
    this.byKey.set(key, entity);
    return entity;
  }
}

function sameFirstName(a: string, b: string): boolean {
  const fa = a.split(/\s+/u);
  const fb = b.split(/\s+/u);
  if (fa.length === 1 || fb.length === 1) return true;
  return fa[0]!.toLowerCase() === fb[0]!.toLowerCase();
}
