/**
 * Reported speech against PolNeAR: the engine's statements without quote
 * marks (Attribution.reported) scored against every annotated attribution
 * whose Content holds no quote mark.
 *
 * - A predicted statement **counts** (precision) when at least half of its
 *   words lie in one annotated Content span (any attribution, quoted or not).
 * - A gold attribution without quote marks is **found** (recall) when a
 *   counted statement lies in it; each takes the statement overlapping it most,
 *   and a statement goes to the Content it shares most words with (on a tie,
 *   the smaller one: nested attributions share words).
 * - On found ones: word F1 of the statement against the Content, exact match
 *   (same words), and the source right / wrong / missing against the Source's
 *   name forms (gold.ts `resolveSource`, as for quotes), over those with a name.
 * - Recall per cue family, by the Cue span's words: "say" (say, tell), other
 *   verbs of saying, "according to", belief (think, believe, fear, want, …), other
 *   (nouns, "shows", a colon). The target is over say + other speech + according to.
 */
import type { Attribution, ReportedStatement } from "../../src/core/attribution";
import type { BratAttribution, BratSpan } from "./brat";
import type { CoreDocument } from "./corenlp";
import { resolveSource } from "./gold";
import { anyNameMatches } from "./names";

export type CueFamily = "say" | "speech" | "according" | "belief" | "other";
export const CUE_FAMILIES: readonly CueFamily[] = ["say", "speech", "according", "belief", "other"];
/** The families the recall target is set on: verbs of saying and "according to". */
export const SAYING_FAMILIES: ReadonlySet<CueFamily> = new Set(["say", "speech", "according"]);

/** Double quote marks, straight, curly, or typed as two single ones (some articles' own style). */
const QUOTE_MARKS = /["\u201C\u201D]|''|\u2018\u2018|\u2019\u2019/u;

/** A statement counts when this share of its words lies in one Content span. */
export const CONTENT_SHARE = 0.5;

const SAY = new Set(["say", "says", "said", "saying", "tell", "tells", "told", "telling"]);
/** Verbs of saying other than say and tell: an independent list, not the engine's, matched as verb forms (not "announcement"). */
const SPEECH_VERBS = verbForms(`
  add note write argue claim state announce explain insist warn deny confirm acknowledge admit suggest report tweet
  declare testify contend maintain assert predict promise respond reply recall stress emphasize allege concede complain
  ask answer remark comment reiterate boast vow pledge assure caution conclude
`, ["wrote", "written"]);
const BELIEF_VERBS = verbForms(`
  think believe fear expect want hope worry feel doubt consider know plan intend wish suspect assume agree seem appear
`, ["thought", "felt", "knew", "known"]);

/** A verb's forms: base, -s, -ed, -ing, by the regular rules, plus the irregular ones given. */
function verbForms(bases: string, irregular: readonly string[]): Set<string> {
  const forms = new Set(irregular);
  for (const base of bases.split(/\s+/u).filter(Boolean)) {
    const stem = base.endsWith("e") ? base.slice(0, -1) : base;
    const y = /[^aeiou]y$/u.test(base) ? base.slice(0, -1) : null;
    for (const f of [base, y ? `${y}ies` : /(s|sh|ch|x)$/u.test(base) ? `${base}es` : `${base}s`, y ? `${y}ied` : `${stem}ed`, `${stem}ing`]) forms.add(f);
  }
  return forms;
}

export function cueFamily(cue: string | null): CueFamily {
  const words = (cue ?? "").toLowerCase().replace(/[\u2019]/gu, "'").match(/[\p{L}']+/gu) ?? [];
  if (words.some((w, i) => w === "according" && words[i + 1] === "to")) return "according";
  if (words.some((w) => SAY.has(w))) return "say";
  if (words.some((w) => SPEECH_VERBS.has(w))) return "speech";
  if (words.some((w) => BELIEF_VERBS.has(w))) return "belief";
  return "other";
}

export interface FamilyRow {
  gold: number;
  found: number;
}

export interface ReportedFigures {
  /** Statements the engine marked, and those lying in an annotated Content. */
  predicted: number;
  counted: number;
  /** Gold attributions without quote marks, and those found. */
  gold: number;
  found: number;
  families: Record<CueFamily, FamilyRow>;
  /** Sums over found gold: word F1 and exact matches. */
  f1Sum: number;
  exact: number;
  /** Over found gold with a named source, at the engine's default floor. */
  source: { right: number; wrong: number; missing: number };
  /** Per rule key at floor 0, for calibration. */
  statements: ReportedVerdict[];
  /** Gold attributions of the saying families that no statement found, for reading (--verbose). */
  misses: ReportedMiss[];
  /** Statements lying in no Content, with the sentence's start (--verbose). */
  uncounted: { article: string; text: string; passage: string }[];
}

export interface ReportedMiss {
  article: string;
  family: CueFamily;
  /** The attribution's source, cue and content spans and the words around them, as the article writes them. */
  passage: string;
  cue: string | null;
  content: string;
  /** Statements sharing words with the content, though not counted for it. */
  near: string[];
}

export interface ReportedVerdict {
  article: string;
  text: string;
  cue: string | null;
  gold: string[];
  rule: string | null;
  predicted: string | null;
  verdict: "right" | "wrong" | "missing";
  /** The attribution's spans and the words around them (--verbose). */
  passage: string;
}

export function emptyReported(): ReportedFigures {
  const families = Object.fromEntries(CUE_FAMILIES.map((f) => [f, { gold: 0, found: 0 }])) as Record<CueFamily, FamilyRow>;
  return { predicted: 0, counted: 0, gold: 0, found: 0, families, f1Sum: 0, exact: 0, source: { right: 0, wrong: 0, missing: 0 }, statements: [], misses: [], uncounted: [] };
}

/** Word start offsets of the text: the unit overlap is counted in. */
function wordStarts(text: string): number[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m.index);
}

/** Indices (into `starts`) of the words that begin inside [start, end). */
function wordsIn(starts: readonly number[], start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = lowerBound(starts, start); i < starts.length && starts[i]! < end; i++) out.push(i);
  return out;
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function spanWords(starts: readonly number[], span: BratSpan): Set<number> {
  return new Set(span.fragments.flatMap(([s, e]) => wordsIn(starts, s, e)));
}

interface Located {
  statement: ReportedStatement;
  words: number[];
}

/** The engine's statements with their words, at file offsets (`offsets` maps block characters to the file). */
function locate(a: Attribution, offsets: readonly number[][], starts: readonly number[]): Located[] {
  return a.reported.map((statement) => {
    const map = offsets[statement.block]!;
    return { statement, words: wordsIn(starts, map[statement.start]!, map[statement.end - 1]! + 1) };
  });
}

const speakerNames = (a: Attribution, id: string | null): string[] | null => {
  const s = id ? a.speakers.find((x) => x.id === id) : undefined;
  return s ? [s.name, ...s.aliases] : null;
};

/**
 * Scores one article's statements into `into`: `zero` is the run at floor 0
 * (rule verdicts for calibration), `kept` the run a reader sees.
 */
export function scoreReported(
  into: ReportedFigures, article: string, text: string, attributions: readonly BratAttribution[], core: CoreDocument | null,
  zero: Attribution, kept: Attribution, offsets: readonly number[][],
): void {
  const starts = wordStarts(text);
  const contents = attributions.filter((a) => a.content).map((a) => ({ a, words: spanWords(starts, a.content!) }));
  const unquoted = new Set(contents.filter((c) => !QUOTE_MARKS.test(c.a.content!.text)).map((c) => c.a));
  const keptAt = new Map(kept.reported.map((s) => [`${s.block}:${s.start}:${s.end}`, s]));
  // Each gold attribution keeps the counted statement overlapping it most.
  const best = new Map<BratAttribution, { located: Located; overlap: number }>();
  const statements = locate(zero, offsets, starts);
  for (const located of statements) {
    into.predicted++;
    // Nested attributions ("the Planet reported the campaign said …") share words: on a tie the smaller Content, the closer match, takes it.
    let top: { a: BratAttribution; overlap: number; size: number } | null = null;
    for (const c of contents) {
      const overlap = located.words.filter((w) => c.words.has(w)).length;
      if (!top || overlap > top.overlap || (overlap === top.overlap && c.words.size < top.size)) top = { a: c.a, overlap, size: c.words.size };
    }
    if (!top || top.overlap < CONTENT_SHARE * located.words.length || top.overlap === 0) {
      const at = starts[located.words[0] ?? 0] ?? 0;
      into.uncounted.push({ article, text: located.statement.text, passage: text.slice(Math.max(0, at - 100), at + located.statement.text.length + 40).replace(/\s+/gu, " ") });
      continue;
    }
    into.counted++;
    if (!unquoted.has(top.a)) continue;
    const held = best.get(top.a);
    if (!held || top.overlap > held.overlap) best.set(top.a, { located, overlap: top.overlap });
  }
  for (const c of contents) {
    if (!unquoted.has(c.a)) continue;
    const family = cueFamily(c.a.cue?.text ?? null);
    into.gold++;
    into.families[family].gold++;
    const match = best.get(c.a);
    if (!match) {
      if (SAYING_FAMILIES.has(family)) {
        const near = statements.filter((l) => l.words.some((w) => c.words.has(w))).map((l) => l.statement.text);
        into.misses.push({ article, family, passage: passageOf(text, c.a), cue: c.a.cue?.text ?? null, content: c.a.content!.text, near });
      }
      continue;
    }
    into.found++;
    into.families[family].found++;
    const precision = match.overlap / match.located.words.length;
    const recall = match.overlap / c.words.size;
    into.f1Sum += (2 * precision * recall) / (precision + recall);
    if (match.overlap === c.words.size && match.overlap === match.located.words.length) into.exact++;
    const gold = resolveSource(c.a.source, text, core).names;
    if (gold.length === 0) continue;
    const statement = match.located.statement;
    const atZero = speakerNames(zero, statement.speakerId);
    const keptStatement = keptAt.get(`${statement.block}:${statement.start}:${statement.end}`);
    const seen = keptStatement ? speakerNames(kept, keptStatement.speakerId) : null;
    into.source[verdict(seen, gold)]++;
    into.statements.push({
      article, text: statement.text, cue: c.a.cue?.text ?? null, gold, rule: statement.rule,
      predicted: atZero?.[0] ?? null, verdict: verdict(atZero, gold), passage: passageOf(text, c.a),
    });
  }
}

/** The attribution's spans with a few words either side, on one line. */
function passageOf(text: string, a: BratAttribution): string {
  const fragments = [a.source, a.cue, a.content].flatMap((s) => s?.fragments ?? []);
  const start = Math.min(...fragments.map(([s]) => s));
  const end = Math.max(...fragments.map(([, e]) => e));
  return text.slice(Math.max(0, start - 60), end + 20).replace(/\s+/gu, " ");
}

function verdict(predicted: readonly string[] | null, gold: readonly string[]): "right" | "wrong" | "missing" {
  if (!predicted) return "missing";
  return anyNameMatches(predicted, gold) ? "right" : "wrong";
}
