/**
 * A fast regex reader for the parts of a CoreNLP XML file that the gold
 * needs: tokens (character offsets, part of speech, named-entity tag) and the
 * `<coreference>` chains (mentions by sentence and token indexes, mapped to
 * character offsets through the tokens). The files are ~1 MB each: no DOM.
 */
export interface CoreToken {
  word: string;
  begin: number;
  end: number;
  pos: string;
  ner: string;
  /** Sentence number (1-based, as in the file) and token index in it (1-based). */
  sentence: number;
  index: number;
}

export interface CoreMention {
  sentence: number;
  /** Token indexes in the sentence, 1-based, end exclusive (CoreNLP's convention). */
  start: number;
  end: number;
  head: number;
  representative: boolean;
  text: string;
  /** Character offsets in the text. */
  begin: number;
  finish: number;
}

export interface CoreDocument {
  /** tokens[sentence - 1][index - 1]. */
  sentences: CoreToken[][];
  chains: CoreMention[][];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/gu, (_, e: string) => ENTITIES[e]!);
}

function field(body: string, name: string): string {
  const open = body.indexOf(`<${name}>`);
  if (open < 0) return "";
  const from = open + name.length + 2;
  const close = body.indexOf(`</${name}>`, from);
  return close < 0 ? "" : body.slice(from, close);
}

export function readCoreNlp(xml: string): CoreDocument {
  const corefAt = xml.indexOf("<coreference>");
  const tokenPart = corefAt < 0 ? xml : xml.slice(0, corefAt);
  const sentences: CoreToken[][] = [];
  const re = /<sentence id="(\d+)"[^>]*>|<token id="(\d+)">([\s\S]*?)<\/token>/gu;
  let current: CoreToken[] | null = null;
  let sentenceId = 0;
  for (let m = re.exec(tokenPart); m; m = re.exec(tokenPart)) {
    if (m[1] !== undefined) {
      sentenceId = Number(m[1]);
      current = [];
      sentences[sentenceId - 1] = current;
      continue;
    }
    if (!current) continue;
    const body = m[3]!;
    current.push({
      word: decode(field(body, "word")),
      begin: Number(field(body, "CharacterOffsetBegin")),
      end: Number(field(body, "CharacterOffsetEnd")),
      pos: field(body, "POS"),
      ner: field(body, "NER"),
      sentence: sentenceId,
      index: Number(m[2]),
    });
  }
  for (let i = 0; i < sentences.length; i++) sentences[i] ??= [];

  const chains: CoreMention[][] = [];
  if (corefAt >= 0) {
    // The outer <coreference> holds one inner <coreference> per chain.
    const section = xml.slice(corefAt + "<coreference>".length);
    const chainRe = /<coreference>([\s\S]*?)<\/coreference>/gu;
    for (let c = chainRe.exec(section); c; c = chainRe.exec(section)) {
      const chain: CoreMention[] = [];
      const mentionRe = /<mention( representative="true")?>([\s\S]*?)<\/mention>/gu;
      for (let m = mentionRe.exec(c[1]!); m; m = mentionRe.exec(c[1]!)) {
        const body = m[2]!;
        const sentence = Number(field(body, "sentence"));
        const start = Number(field(body, "start"));
        const end = Number(field(body, "end"));
        const tokens = sentences[sentence - 1] ?? [];
        const first = tokens[start - 1];
        const last = tokens[end - 2];
        if (!first || !last) continue;
        chain.push({
          sentence, start, end,
          head: Number(field(body, "head")),
          representative: m[1] !== undefined,
          text: decode(field(body, "text")),
          begin: first.begin,
          finish: last.end,
        });
      }
      if (chain.length) chains.push(chain);
    }
  }
  return { sentences, chains };
}

/** Tokens overlapping [start, end), in order. */
export function tokensIn(doc: CoreDocument, start: number, end: number): CoreToken[] {
  const out: CoreToken[] = [];
  for (const sentence of doc.sentences) {
    const last = sentence[sentence.length - 1];
    if (!last || last.end <= start) continue;
    if (sentence[0]!.begin >= end) break;
    for (const t of sentence) if (t.end > start && t.begin < end) out.push(t);
  }
  return out;
}

/** The tokens of a mention. */
export function mentionTokens(doc: CoreDocument, m: CoreMention): CoreToken[] {
  return (doc.sentences[m.sentence - 1] ?? []).slice(m.start - 1, m.end - 1);
}
