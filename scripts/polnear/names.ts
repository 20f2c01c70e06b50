/**
 * Names: finding the proper name in a source span or a coreference mention
 * (from CoreNLP's tags), and deciding whether two name forms are the same person.
 */
import type { CoreToken } from "./corenlp";

/** Honorifics read past at the front of a name form when comparing ("Sen. Jo Lee" → "jo lee"). */
const HONORIFICS = new Set([
  "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov", "governor", "president", "vice", "former",
  "secretary", "speaker", "gen", "rev", "judge", "justice", "mayor", "sir", "prof", "alderman", "councilman",
  "councilwoman", "congressman", "congresswoman", "assemblyman", "commissioner", "ambassador", "pastor", "rabbi",
]);
/** Titles and descriptions read past at the front of a person's name in a source ("Republican nominee Ann Vole"). */
const TITLES = new Set(
  [
    "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor", "president",
    "vice", "former", "secretary", "speaker", "gen", "general", "lt", "col", "adm", "rev", "reverend", "judge",
    "justice", "mayor", "candidate", "nominee", "chairman", "chairwoman", "leader", "majority", "minority",
    "state", "attorney", "sheriff", "prof", "professor", "gop", "republican", "democratic", "democrat",
    "presidential", "first", "lady", "sir", "dame", "lord", "pope", "prime", "minister", "chief", "u.s", "us",
    "alderman", "councilman", "councilwoman", "congressman", "congresswoman", "assemblyman", "commissioner",
    "ambassador", "pastor", "rabbi", "director", "counsel", "chair", "spokesman", "spokeswoman", "strategist", "adviser",
    "advisor", "executive", "manager", "founder", "aide", "editor", "anchor", "ceo", "officer", "delegate",
  ],
);
/** Name endings that are not a surname. */
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
/** Capitalised words that are not names when no tagger is at hand. */
const FUNCTION_WORDS = new Set([
  "the", "a", "an", "and", "or", "but", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
  "our", "my", "your", "this", "that", "these", "those", "in", "on", "at", "of", "for", "to", "with", "by", "from",
  "as", "if", "when", "while", "after", "before", "who", "which", "what", "some", "many", "others", "officials",
]);
const PREPOSITIONS = new Set(["of", "for", "at", "with", "from", "to", "by", "in", "on", "about", "against", "behind", "like"]);

/** The comparable form: lower case, no dots or commas, no leading "the", no possessive, no titles. */
export function nameForm(name: string): string {
  let s = name
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u02BC`´]/gu, "'")
    .toLowerCase()
    .replace(/'s?$/u, "")
    .replace(/[.,]/gu, "")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^the /u, "");
  const words = s.split(" ");
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  s = words.join(" ");
  return s;
}

function surname(words: readonly string[]): string {
  const last = words[words.length - 1] ?? "";
  return SUFFIXES.has(last) && words.length > 1 ? words[words.length - 2]! : last;
}

/**
 * Same person: equal forms; a surname alone against a full name whose last
 * word it is; or two full names with the same first and last words
 * ("Ann Marie Vole" / "Ann Vole"). A different first name does not match.
 */
export function sameName(a: string, b: string): boolean {
  const x = nameForm(a);
  const y = nameForm(b);
  if (!x || !y) return false;
  if (x === y) return true;
  if (isAcronymOf(a, y) || isAcronymOf(b, x)) return true;
  const xs = x.split(" ");
  const ys = y.split(" ");
  if (xs.length === 1 || ys.length === 1) {
    const single = xs.length === 1 ? x : y;
    const full = xs.length === 1 ? ys : xs;
    return surname(full) === single;
  }
  return xs[0] === ys[0] && surname(xs) === surname(ys);
}

/** "DNC" for "Democratic National Committee": the capitals of one are the initials of the other's words. */
function isAcronymOf(acronym: string, form: string): boolean {
  if (!/^[A-Z]{2,6}$/u.test(acronym.trim())) return false;
  const initials = form.split(" ").filter((w) => !/^(of|for|the|and|&)$/u.test(w)).map((w) => w[0]).join("");
  return initials === acronym.trim().toLowerCase();
}

export function anyNameMatches(predicted: readonly string[], gold: readonly string[]): boolean {
  return predicted.some((p) => gold.some((g) => sameName(p, g)));
}

/** A stand-in for CoreNLP's tokens when its file is missing: capitalised words are proper nouns. */
export function crudeTokens(text: string, offset: number): CoreToken[] {
  const out: CoreToken[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}.\-]*|['’]s\b|\S/gu;
  let index = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0].replace(/\.$/u, (d) => (/^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Jr|Sr|St|Gen|Lt)\.$/u.test(m![0]) ? d : ""));
    const capital = /^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase());
    const pos = /^['’]s$/u.test(word) ? "POS" : capital ? "NNP" : /^\p{Ll}/u.test(word) ? crudeTag(word) : word === "," ? "," : "X";
    out.push({ word, begin: offset + m.index, end: offset + m.index + word.length, pos, ner: capital ? "PERSON" : "O", sentence: 0, index: index++ });
  }
  return out;
}

/** Function words' tags, so that "Jo Lee of the Quill Club" reads as a name and its complement, not a name modifying "of". */
function crudeTag(word: string): string {
  if (word === "to") return "TO";
  if (PREPOSITIONS.has(word)) return "IN";
  if (/^(the|a|an)$/u.test(word)) return "DT";
  if (/^(and|or|but)$/u.test(word)) return "CC";
  return "NN";
}

export interface NameRun {
  tokens: CoreToken[];
  /** The run names the phrase's head, not a modifier ("Vole" in "Vole's spokesman", "the Vole campaign", "a spokesman for Vole"). */
  head: boolean;
  name: string;
  kind: "person" | "organization";
}

const isProper = (t: CoreToken): boolean => t.pos === "NNP" || t.pos === "NNPS";
/** In a name run: a proper noun, or a capitalised word tagged as a person that the tagger took for an adjective ("Devine"). */
const inNameRun = (t: CoreToken): boolean => isProper(t) || (t.ner === "PERSON" && /^\p{Lu}/u.test(t.word));
/** Lower-case particles inside names. */
const NAME_PARTICLES = new Set(["de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "dos", "das", "du"]);
const isParticleBeforeName = (tokens: readonly CoreToken[], j: number): boolean => {
  let k = j;
  while (k < tokens.length && NAME_PARTICLES.has(tokens[k]!.word)) k++;
  return k > j && k < tokens.length && isProper(tokens[k]!);
};
const isPossessive = (t: CoreToken | undefined): boolean => !!t && (t.pos === "POS" || /^['’]s?$/u.test(t.word));

/** Proper-name runs (persons and organisations by CoreNLP's tags) in a phrase's tokens, each marked head or modifier. */
export function nameRuns(tokens: readonly CoreToken[], text: string, untagged = false): NameRun[] {
  const runs: NameRun[] = [];
  let previousHead: boolean | null = null;
  let i = 0;
  while (i < tokens.length) {
    if (!inNameRun(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    // "Bill de Vole", "Ann van der Berg": a lower-case particle between proper nouns stays in the name.
    while (j < tokens.length && (inNameRun(tokens[j]!) || (j > i && isParticleBeforeName(tokens, j)))) j++;
    // An organisation's name runs on through capitalised words and "of"/"for"/"&" ("the Daily Planet", "Club for Harbours",
    // "Federation of Quill Teachers"), whatever part of speech the tagger gave them; a person's does not ("Jo Lee of Ruritania").
    const stretch = tokens.slice(i, j);
    if (stretch.some((t) => t.ner === "ORGANIZATION") && !stretch.some((t) => t.ner === "PERSON")) {
      for (;;) {
        const next = tokens[j];
        if (next && /^\p{Lu}/u.test(next.word) && !FUNCTION_WORDS.has(next.word.toLowerCase())) j++;
        else if (next && /^(of|for|&)$/u.test(next.word) && tokens[j + 1] && /^\p{Lu}/u.test(tokens[j + 1]!.word)) j += 2;
        else break;
      }
    }
    const run = tokens.slice(i, j);
    // untagged: a proper-noun run the tagger gave no entity type ("Pantucci", "Cuban") is taken as a person's name.
    const tagged = run.some((t) => t.ner !== "O" && t.ner !== "MISC" && t.ner !== "");
    const person = run.some((t) => t.ner === "PERSON") || (untagged && !tagged && !run.every((t) => TITLES.has(t.word.toLowerCase().replace(/\.$/u, ""))));
    const organization = !person && run.some((t) => t.ner === "ORGANIZATION");
    let named: CoreToken[];
    if (person) {
      // From the start of the last stretch tagged PERSON to the end of the run: "Former Zorgland Gov. Ray Cole" → "Ray Cole".
      let end = run.length;
      const isPerson = (t: CoreToken): boolean => t.ner === "PERSON" || !tagged;
      while (end > 0 && !isPerson(run[end - 1]!)) end--;
      let start = end;
      while (start > 0 && isPerson(run[start - 1]!)) start--;
      // Past the last title in the stretch, whatever precedes it: "Quill County Alderman Jo Lee" → "Jo Lee".
      const isTitle = (t: CoreToken): boolean => TITLES.has(t.word.toLowerCase().replace(/\.$/u, ""));
      for (let k = end - 2; k >= start; k--) {
        if (isTitle(run[k]!)) {
          start = k + 1;
          break;
        }
      }
      // The rest of the run is still the name: a surname the tagger missed ("Jo Lee" tagged only on "Jo"), a suffix.
      end = run.length;
      named = run.slice(start, end);
    } else named = run;
    const single = named.length === 1 && named[0]!.pos === "NNPS";
    // "Mr." alone (CoreNLP tags the title of "Mr. Lee" a person when the name falls outside the mention) names no one.
    const titleOnly = named.every((t) => TITLES.has(t.word.toLowerCase().replace(/\.$/u, "")));
    if ((person || organization) && named.length && !single && !titleOnly) {
      const after = tokens[j];
      const before = tokens[i - 1];
      // "Jo Lee's aide", "Vole’s campaign" (one token or two).
      const possessiveModifier = (isPossessive(after) && j + 1 < tokens.length) || (/['’]s?$/u.test(run[run.length - 1]!.word) && j < tokens.length);
      // "the Vole campaign", "Acme general counsel Jo Lee", "the Vole supporter": a lower-case word after the name is the phrase's head.
      const nounModifier = !!after && /^\p{Ll}/u.test(after.word) && !/^(CC|IN|TO|WDT|WP|WP\$|MD|POS|RB)$/u.test(after.pos);
      // "a spokeswoman for (the) Acme Party", "an aide to President Vole".
      let k = i - 1;
      while (k >= 0 && /^(DT|PRP\$|JJ|CD)$/u.test(tokens[k]!.pos)) k--;
      const preposition = tokens[k];
      const complement = !!preposition && (preposition.pos === "IN" || preposition.pos === "TO") && PREPOSITIONS.has(preposition.word.toLowerCase());
      // "for Jo Lee and Vole": the second of a coordination is what the first is.
      const coordinated: boolean = !!before && /^(and|or|&)$/iu.test(before.word) && previousHead === false;
      const first = named[0]!;
      const last = named[named.length - 1]!;
      const head: boolean = !possessiveModifier && !nounModifier && !complement && !coordinated;
      runs.push({ tokens: named, head, name: text.slice(first.begin, last.end).replace(/\s+/gu, " "), kind: person ? "person" : "organization" });
      previousHead = head;
    }
    i = j;
  }
  return runs;
}

/** Tokens before the first comma, dash or parenthesis: where an appositive phrase keeps its head ("Jo Lee, a friend of Vole,"). */
function beforeApposition(tokens: readonly CoreToken[]): CoreToken[] {
  const cut = tokens.findIndex((t, k) => k > 0 && /^(,|--|—|–|-LRB-|\(|:)$/u.test(t.word));
  return cut < 0 ? [...tokens] : tokens.slice(0, cut);
}

/**
 * The name a phrase stands for: its one head name, or null (no name, only
 * modifiers, or two people joined by "and").
 */
export function headName(tokens: readonly CoreToken[], text: string): NameRun | null {
  const first = beforeApposition(tokens);
  const own = headIn(first, text);
  if (own) return own;
  // "the campaign's spokesman, Jo Lee": a description first, the name in apposition.
  if (first.length < tokens.length && !first.some(isProper)) return headIn(beforeApposition(tokens.slice(first.length + 1)), text);
  return null;
}

function headIn(tokens: readonly CoreToken[], text: string): NameRun | null {
  let heads = nameRuns(tokens, text).filter((r) => r.head);
  if (heads.length === 0) heads = nameRuns(tokens, text, true).filter((r) => r.head);
  if (heads.length === 0) return null;
  // A person named beside an outlet or a body is the speaker: "Acme This Morning co-anchor Jo Lee".
  const first = heads.find((h) => h.kind === "person") ?? heads[0]!;
  for (const other of heads.filter((h) => h !== first && h.tokens[0]!.begin > first.tokens[0]!.begin)) {
    const between = tokens.filter((t) => t.begin >= first.tokens[first.tokens.length - 1]!.end && t.end <= other.tokens[0]!.begin);
    if (between.some((t) => t.pos === "CC" || /^(and|or|&)$/iu.test(t.word)) && !sameName(first.name, other.name)) return null;
  }
  return first;
}
