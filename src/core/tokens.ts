/**
 * Words and punctuation of one block, with each quotation collapsed into a
 * single "quote" token so that rules reading the writer's sentence never
 * see the quoted words (a name inside a quote is never its speaker).
 */
import { wordSet } from "./word-set";
import { isUpper, isWordChar, isWordCharAt, startsUpper } from "./characters";
import type { QuoteSpan } from "./quotes";

export type TokenKind = "word" | "punct" | "quote";

export interface Token {
  text: string;
  /** Lower-case, curly apostrophes straightened. */
  lower: string;
  /** `lower` without a possessive ending or a final dot: "syria's" → "syria", "gov." → "gov". Computed once, read often. */
  bare: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** For "quote" tokens: index into the block's spans. */
  quote?: number;
  /** Starts with an upper-case letter or a digit-free acronym. */
  capitalized: boolean;
  /**
   * Readings phrases.ts asks of the same token again and again (whether it may be part of a name, whether it is a
   * title), kept here once read: undefined until then. Every token is made with both, so all keep one shape.
   */
  nameWord: boolean | undefined;
  titleWord: boolean | undefined;
}

/** Abbreviations that keep their dot; any other final dot is punctuation. */
const ABBREVIATIONS: ReadonlySet<string> = wordSet(`
  mr mrs ms dr jr sr st lt col gen maj capt sgt cmdr adm rev fr prof sen rep gov pres inc co corp ltd vs no mt
  ft ave dept univ est approx jan feb mar apr aug sep sept oct nov dec ala ariz ark calif colo conn del fla ga
  ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo etc al e.g
  i.e u.s u.k u.n d.c a.m p.m
`);

const CONTRACTED_PRONOUN = /^(he|she|they|we|i|you|it)['’](?:d|ll|ve|re|s)$/iu;

/** Characters that may join the letters of one word: "Acme", "Syria's", "al-Zor", "U.S" (& ' ’ - . by code: this is asked after every word). */
function isWordJoiner(code: number): boolean {
  return code === 38 || code === 39 || code === 0x2019 || code === 45 || code === 46;
}

/** End of the word starting at `i`: letters and digits, joiners only between them. */
function wordEnd(text: string, i: number): number {
  if (!isWordCharAt(text, i)) return i;
  let end = i + 1;
  let k = i + 1;
  while (k < text.length) {
    if (isWordCharAt(text, k)) {
      end = ++k;
      continue;
    }
    // Joiners, one or a few in a row ("Corp.'s"), count only when a letter follows them.
    let j = k;
    while (j < text.length && isWordJoiner(text.charCodeAt(j))) j++;
    if (j === k || !isWordCharAt(text, j)) break;
    k = j;
  }
  return end;
}

export function tokenize(text: string, spans: readonly QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  let spanIndex = 0;
  let i = 0;
  while (i < text.length) {
    const span = spans[spanIndex];
    if (span && i === span.open) {
      const end = span.close === -1 ? text.length : span.close + 1;
      tokens.push({ text: text.slice(i, end), lower: "", bare: "", kind: "quote", start: i, end, quote: spanIndex, capitalized: false, nameWord: undefined, titleWord: undefined });
      spanIndex++;
      i = end;
      continue;
    }
    const ch = text[i]!;
    if (isSpace(ch)) {
      i++;
      continue;
    }
    let end = wordEnd(text, i);
    // "he'd respond", "she'll say": the pronoun is a word of its own.
    const contraction = end - i <= 7 && hasApostrophe(text, i, end) ? CONTRACTED_PRONOUN.exec(text.slice(i, end)) : null;
    if (contraction) {
      const pronounEnd = i + contraction[1]!.length;
      tokens.push(makeWord(text.slice(i, pronounEnd), i));
      tokens.push(makeWord(text.slice(pronounEnd, end), pronounEnd));
      i = end;
      continue;
    }
    if (end > i) {
      // "Zorblats' analyst": a plural possessive keeps its apostrophe (a quotation mark would have opened a span here).
      if ((text[end - 1] === "s" || text[end - 1] === "S") && (text[end] === "'" || text[end] === "’") && !isWordChar(text[end + 1]) && span?.open !== end) end++;
      let word = text.slice(i, end);
      // A final dot belongs to the word only for abbreviations and initials ("Jr.", "S.").
      if (text[i + word.length] === "." && (ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && isUpper(word)) || word.includes("."))) {
        word += ".";
      }
      tokens.push(makeWord(word, i));
      i += word.length;
      continue;
    }
    tokens.push({ text: ch, lower: ch, bare: ch, kind: "punct", start: i, end: i + 1, capitalized: false, nameWord: undefined, titleWord: undefined });
    i++;
  }
  return tokens;
}

/** Whether text[from, to) holds an apostrophe: most words do not, and need no contraction test (a slice and a regex each). */
function hasApostrophe(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text[k] === "'" || text[k] === "’") return true;
  return false;
}

/** White space as `\s` has it, decided by character code on the hot path (every character of the article). */
function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && /\s/u.test(ch);
}

function makeWord(word: string, start: number): Token {
  let lower = word.toLowerCase();
  if (lower.includes("’")) lower = lower.replace(/’/gu, "'");
  const bare = withoutPossessive(lower);
  return {
    text: word,
    lower,
    bare: bare.endsWith(".") ? bare.slice(0, -1) : bare,
    kind: "word",
    start,
    end: start + word.length,
    capitalized: startsUpper(word),
    nameWord: undefined,
    titleWord: undefined,
  };
}

/**
 * The dash that ends at token `k` ("—", "–", or two hyphens typed for one, which
 * are two tokens): the index of its first token, or -1.
 */
export function dashEndingAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k]?.text;
  if (t === "—" || t === "–") return k;
  return t === "-" && tokens[k - 1]?.text === "-" ? k - 1 : -1;
}

/** The dash that starts at token `k`, as dashEndingAt reads one: the index just after it, or -1. */
export function dashStartingAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k]?.text;
  if (t === "—" || t === "–") return k + 1;
  return t === "-" && tokens[k + 1]?.text === "-" ? k + 2 : -1;
}

/** The word without a possessive ending: "Syria's" → "Syria". */
export function withoutPossessive(word: string): string {
  const last = word[word.length - 1];
  if (last === "'" || last === "’") return word.slice(0, -1);
  if (last === "s" || last === "S") {
    const before = word[word.length - 2];
    if (before === "'" || before === "’") return word.slice(0, -2);
  }
  return word;
}

export function isPossessive(word: string): boolean {
  return (/['’]s$/u.test(word) && isWordChar(word[word.length - 3])) || /s['’]$/u.test(word);
}
