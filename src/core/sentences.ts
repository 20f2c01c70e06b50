/**
 * Sentence boundaries over a block's tokens. Quotations are single tokens, so
 * their inner full stops never split the writer's sentence; a quotation that
 * ends a sentence ("…air cover.”) does split when a new sentence follows.
 */
import { SPEECH_VERBS } from "./speech-verbs";
import type { Token } from "./tokens";

export interface Sentence {
  /** Token index range [from, to). */
  from: number;
  to: number;
}

const TERMINALS = new Set([".", "!", "?", "\u2026"]);
/** Inner text of a quote ends its sentence when it ends like this: "…cover.", or with a full stop and a quote inside closing too: "…'after you.'" */
const QUOTE_ENDS_SENTENCE = /(?:[.!?\u2026]\s*["'\u201C\u201D\u2018\u2019\u00BB]?|\.\s*['\u2018\u2019]\s*["\u201C\u201D\u00BB])\s*$/u;

export function splitSentences(tokens: readonly Token[], text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    // "… a convention. (“The Empire has decided,” was how he put it.) Lee found …": a parenthesis
    // opened after a full stop starts a sentence; one closed right after a full stop ends it.
    if (next.text === "(" && token.kind === "punct" && TERMINALS.has(token.text) && startsSentence(tokens[i + 2])) {
      sentences.push({ from, to: i + 1 });
      from = i + 1;
      continue;
    }
    if (token.text === ")" && tokens[i - 1]?.kind === "punct" && TERMINALS.has(tokens[i - 1]!.text) && startsSentence(next)) {
      sentences.push({ from, to: i + 1 });
      from = i + 1;
      continue;
    }
    const startsNew = startsSentence(next);
    if (!startsNew) continue;
    const ends =
      (token.kind === "punct" && TERMINALS.has(token.text)) ||
      (token.kind === "quote" && QUOTE_ENDS_SENTENCE.test(text.slice(token.start, token.end)));
    const asks = token.kind === "quote" && /[?!]\s*["'\u201C\u201D\u2018\u2019\u00BB]?\s*$/u.test(text.slice(token.start, token.end));
    if (ends && !cueFollows(tokens, i + 1, !asks, token.kind === "quote")) {
      sentences.push({ from, to: i + 1 });
      from = i + 1;
    }
  }
  if (from < tokens.length) sentences.push({ from, to: tokens.length });
  return sentences;
}

function startsSentence(t: Token | undefined): boolean {
  return !!t && (t.kind === "quote" || t.capitalized || startsWithDigit(t.text));
}

/** `/^\d/u` by character code: this runs for every token. */
function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** How far after a question or exclamation its cue may start: "“Is it over?” the Ohio senator asked." */
const CUE_LOOKAHEAD = 4;

/**
 * `"Is it over?" Vole asked.` is one sentence although the quote ends with "?". After a full stop
 * (`closing`) only a name and a verb that ends the clause do: `“… missing.” Vole said.`, not
 * `“We won.” Vole said the team …`, which opens a sentence of its own.
 */
function cueFollows(tokens: readonly Token[], from: number, closing = false, afterQuote = false): boolean {
  for (let j = from; j < Math.min(tokens.length, from + CUE_LOOKAHEAD); j++) {
    const t = tokens[j]!;
    // "“Is it over?” Lee, the head of Quill Action, asked.": after a quotation, past a name's appositive to a verb that
    // ends the clause (not "“Enough!” Tom Quarrie, her deputy, said nothing."). After the writer's own full stop,
    // "Lee, a historian who was there, recalled, “…”" opens a sentence.
    if (afterQuote && t.text === "," && j > from && tokens[j - 1]!.capitalized) {
      const verb = appositiveEnd(tokens, j);
      const next = tokens[verb + 1];
      // "said.", "said pleasantly", "said in a statement": the verb takes no object or clause of its own.
      const ends = endsClause(next) || /ly$/u.test(next!.lower) || CIRCUMSTANCE_PREPOSITIONS.has(next!.lower);
      return verb > j && SPEECH_VERBS.has(tokens[verb]?.lower ?? "") && ends;
    }
    if (t.kind !== "word" || (closing && j === from && !t.capitalized)) return false;
    if (SPEECH_VERBS.has(t.lower)) return !closing || (j > from && endsClause(tokens[j + 1]));
  }
  return false;
}

/** Prepositions that open a circumstance after a verb of saying, not its object: "said in a statement". */
const CIRCUMSTANCE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "into", "at", "on", "during", "after", "before", "while", "with", "as"]);

/** Nothing, or punctuation: what follows a verb that ends its clause. */
function endsClause(t: Token | undefined): boolean {
  return t === undefined || t.kind === "punct";
}

/** Longest appositive set off by commas between a name and its verb, in tokens: ", the head of the Quill Action group,". */
const APPOSITIVE_REACH = 12;

/** The token after the comma that closes the appositive opened by the comma at `open`, or `open` when none closes near. */
function appositiveEnd(tokens: readonly Token[], open: number): number {
  for (let k = open + 1; k < Math.min(tokens.length, open + APPOSITIVE_REACH); k++) {
    const t = tokens[k]!;
    if (t.text === ",") return k > open + 1 ? k + 1 : open;
    if (t.kind !== "word") return open;
  }
  return open;
}
