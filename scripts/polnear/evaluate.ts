/**
 * The engine against PolNeAR: builds the engine's blocks straight from each
 * article's text (one block per line, the first the title, as `fromText`
 * does, keeping every character's offset in the file), runs
 * `attribute(blocks, { floor: 0 })` and the default floor, matches predicted
 * quotes to the gold (scripts/polnear/gold.ts) by character overlap, and
 * scores speakers, rule by rule and by confidence.
 *
 * The test split is never read: it is reserved for independent measurement.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { attribute, CONFIDENCE_FLOOR } from "../../src/core/attribute";
import type { Attribution, TextBlock } from "../../src/core/attribution";
import type { BratSpan } from "./brat";
import { overlapWith } from "./brat";
import { convertArticle, type GoldQuote } from "./gold";
import { anyNameMatches } from "./names";
import { emptyReported, scoreReported, type ReportedFigures } from "./reported";

export type Split = "train" | "dev";
export const SPLITS: readonly Split[] = ["train", "dev"];

/** A predicted quote matches a gold one when it covers more than this share of the gold's characters. */
export const MATCH_SHARE = 0.5;
/** Confidence bins of the reliability table, from the default floor up. */
/** Upper edges of the reliability bins above the floor: finer near the top, where most confidences lie. */
export const BIN_EDGES: readonly number[] = [0.6, 0.7, 0.8, 0.9, 0.95];

export class RefusedError extends Error {}

/** True for PolNeAR's reserved test split: a `test` folder right under a `data` folder. */
export function isTestPath(p: string): boolean {
  const check = (q: string): boolean => {
    const parts = path.resolve(q).split(path.sep);
    return parts.some((seg, i) => seg === "data" && parts[i + 1] === "test");
  };
  if (check(p)) return true;
  try {
    return check(realpathSync(p));
  } catch {
    return false;
  }
}

/** The folder of a split, refusing the test split (by name or by path) before anything is opened. */
export function splitDir(root: string, split: string): string {
  if (split === "test") throw new RefusedError("PolNeAR's test split is reserved for independent measurement: this script will not read it (use --split train or --split dev)");
  if (!(SPLITS as readonly string[]).includes(split)) throw new RefusedError(`unknown split "${split}" (train or dev)`);
  if (isTestPath(root)) throw new RefusedError(`${root}: lies in PolNeAR's reserved test split; give the PolNeAR root (the folder holding data/)`);
  const dir = path.join(root, "data", split);
  if (isTestPath(dir)) throw new RefusedError(`${dir}: lies in PolNeAR's reserved test split`);
  return dir;
}

export interface Verdicts {
  right: number;
  wrong: number;
  missing: number;
}

export type Verdict = "right" | "wrong" | "missing";

export interface QuoteResult {
  split: Split;
  article: string;
  /** The gold quote's text (read only for --verbose and --dump, never stored in the repository). */
  text: string;
  start: number;
  end: number;
  source: string | null;
  gold: string[];
  /** At floor 0: the rule that decided, its confidence, the speaker, the verdict. */
  rule: string | null;
  confidence: number;
  predicted: string | null;
  verdict: Verdict;
  /** At the engine's default floor. */
  predictedAtFloor: string | null;
  confidenceAtFloor: number;
  verdictAtFloor: Verdict;
}

export interface RuleRow extends Verdicts {
  rule: string;
  count: number;
  precision: number | null;
}

export interface Bin {
  from: number;
  to: number;
  count: number;
  right: number;
  meanConfidence: number;
  accuracy: number | null;
}

export interface SplitResult {
  split: Split;
  articles: number;
  /** Articles without a CoreNLP file (no coreference). */
  withoutCoreNlp: number;
  gold: number;
  /** Gold quotes whose speaker resolved to a name. */
  goldNamed: number;
  /** Quotes in no Content span (not gold). */
  quotesOutsideContent: number;
  /** Why gold quotes are detection only. */
  detectionOnly: Record<string, number>;
  /** How named gold speakers were resolved. */
  resolutions: Record<string, number>;
  matched: number;
  predicted: number;
  unmatchedPredicted: number;
  unmatchedInContent: number;
  unmatchedOutside: number;
  recall: number;
  /** Over matched named gold quotes. */
  floor0: Verdicts;
  atFloor: Verdicts;
  floor: number;
  rules: RuleRow[];
  reliability: Bin[];
  ece: number;
  quotes: QuoteResult[];
  /** Gold quotes no prediction matched, for reading why. */
  unfound: { article: string; start: number; text: string }[];
  /** Statements without quote marks (reported.ts). */
  reported: ReportedFigures;
}

interface PredictedQuote {
  start: number;
  end: number;
  speaker: string[] | null;
  name: string | null;
  rule: string | null;
  confidence: number;
}

/** One block per non-empty line, whitespace runs made single spaces, with each block character's offset in the file. */
export function blocksOf(text: string): { blocks: TextBlock[]; offsets: number[][] } {
  const blocks: TextBlock[] = [];
  const offsets: number[][] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    let out = "";
    const map: number[] = [];
    let space = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (/\s/u.test(c)) {
        space = out.length > 0;
        continue;
      }
      if (space) {
        out += " ";
        map.push(at + i - 1);
        space = false;
      }
      out += c;
      map.push(at + i);
    }
    if (out) {
      blocks.push({ text: out, kind: blocks.length === 0 ? "heading" : "paragraph" });
      offsets.push(map);
    }
    at += line.length + 1;
  }
  return { blocks, offsets };
}

function predictionsOf(a: Attribution, offsets: number[][]): PredictedQuote[] {
  const speakers = new Map(a.speakers.map((s) => [s.id, s]));
  return a.quotes.map((q) => {
    const map = offsets[q.block]!;
    const s = q.speakerId ? speakers.get(q.speakerId) : undefined;
    return {
      start: map[q.start]!,
      end: map[q.end - 1]! + 1,
      speaker: s ? [s.name, ...s.aliases] : null,
      name: s?.name ?? null,
      rule: q.rule,
      confidence: q.confidence,
    };
  });
}

/** One-to-one, in order: each gold quote takes the first unused prediction covering most of it. */
export function matchQuotes(gold: readonly { start: number; end: number }[], predicted: readonly { start: number; end: number }[]): Map<number, number> {
  const byStart = predicted.map((p, i) => ({ p, i })).sort((x, y) => x.p.start - y.p.start);
  const used = new Set<number>();
  const matches = new Map<number, number>();
  const order = gold.map((g, i) => ({ g, i })).sort((x, y) => x.g.start - y.g.start);
  let from = 0;
  for (const { g, i } of order) {
    while (from < byStart.length && byStart[from]!.p.end <= g.start) from++;
    for (let k = from; k < byStart.length && byStart[k]!.p.start < g.end; k++) {
      const { p, i: pi } = byStart[k]!;
      if (used.has(pi)) continue;
      const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      if (overlap > MATCH_SHARE * (g.end - g.start)) {
        used.add(pi);
        matches.set(i, pi);
        break;
      }
    }
  }
  return matches;
}

function verdictOf(p: PredictedQuote, gold: readonly string[]): Verdict {
  if (!p.speaker) return "missing";
  return anyNameMatches(p.speaker, gold) ? "right" : "wrong";
}

export interface ArticleFiles {
  name: string;
  text: string;
  ann: string;
  /** null: no CoreNLP file (no coreference). */
  corenlp: string | null;
}

/** The articles of a split, in order; the annotation file is the first of the article's in sorted order. */
export function articlesOf(dir: string): ArticleFiles[] {
  const textDir = path.join(dir, "text");
  if (!existsSync(textDir)) throw new RefusedError(`${textDir}: not found (expected a PolNeAR root holding data/<split>/text)`);
  const anns = readdirSync(path.join(dir, "attributions")).filter((f) => f.endsWith(".ann")).sort();
  return readdirSync(textDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => {
      const name = f.replace(/\.txt$/u, "");
      const ann = anns.find((a) => a.startsWith(`${name}_`) && /^[^_]+\.ann$/u.test(a.slice(name.length + 1)));
      if (!ann) return [];
      const xml = path.join(dir, "corenlp", `${f}.xml`);
      return [{ name, text: path.join(textDir, f), ann: path.join(dir, "attributions", ann), corenlp: existsSync(xml) ? xml : null }];
    });
}

export interface EvaluateOptions {
  /** Only the first n articles (for quick runs). */
  limit?: number;
  /** Called with each article's converted gold (the sample check reads it). */
  onArticle?: (article: string, text: string, gold: readonly GoldQuote[]) => void;
}

const empty = (): Verdicts => ({ right: 0, wrong: 0, missing: 0 });

export function evaluatePolnear(root: string, split: Split, options: EvaluateOptions = {}): SplitResult {
  const dir = splitDir(root, split);
  let articles = articlesOf(dir);
  if (options.limit !== undefined) articles = articles.slice(0, options.limit);
  const result: SplitResult = {
    split, articles: articles.length, withoutCoreNlp: 0, gold: 0, goldNamed: 0, quotesOutsideContent: 0,
    detectionOnly: {}, resolutions: {}, matched: 0, predicted: 0, unmatchedPredicted: 0, unmatchedInContent: 0,
    unmatchedOutside: 0, recall: 0, unfound: [], floor0: empty(), atFloor: empty(), floor: CONFIDENCE_FLOOR, rules: [],
    reliability: [], ece: 0, quotes: [], reported: emptyReported(),
  };
  const rules = new Map<string, Verdicts>();
  for (const article of articles) {
    if (isTestPath(article.text)) throw new RefusedError(`${article.text}: lies in PolNeAR's reserved test split`);
    const text = readFileSync(article.text, "utf8");
    const xml = article.corenlp ? readFileSync(article.corenlp, "utf8") : null;
    if (!xml) result.withoutCoreNlp++;
    const converted = convertArticle(text, readFileSync(article.ann, "utf8"), xml);
    options.onArticle?.(article.name, text, converted.gold);
    const { blocks, offsets } = blocksOf(text);
    const meta = { url: null, title: blocks[0]?.text ?? null };
    const atZero = attribute(blocks, { ...meta, floor: 0 });
    const atFloor = attribute(blocks, meta);
    scoreReported(result.reported, article.name, text, converted.attributions, converted.core, atZero, atFloor, offsets);
    const all = predictionsOf(atZero, offsets);
    const kept = predictionsOf(atFloor, offsets);
    // The default floor's run can differ beyond the dropped speakers (a speaker below the floor is not "the last
    // speaker" for the next quote), so its quotes are found by position, not by index.
    const keptAt = new Map(kept.map((k) => [`${k.start}:${k.end}`, k]));
    const matches = matchQuotes(converted.gold, all);
    result.gold += converted.gold.length;
    result.quotesOutsideContent += converted.outside.length;
    result.predicted += all.length;
    result.matched += matches.size;
    const matchedPredictions = new Set(matches.values());
    all.forEach((p, i) => {
      if (matchedPredictions.has(i)) return;
      result.unmatchedPredicted++;
      if (inContent(converted.contents, p)) result.unmatchedInContent++;
      else result.unmatchedOutside++;
    });
    converted.gold.forEach((g, gi) => {
      if (!matches.has(gi)) result.unfound.push({ article: article.name, start: g.start, text: text.slice(g.start, g.end) });
      if (g.names.length === 0) {
        const why = g.note ?? "unknown";
        result.detectionOnly[why] = (result.detectionOnly[why] ?? 0) + 1;
        return;
      }
      result.goldNamed++;
      result.resolutions[g.resolution] = (result.resolutions[g.resolution] ?? 0) + 1;
      const pi = matches.get(gi);
      if (pi === undefined) return;
      const p = all[pi]!;
      const k = keptAt.get(`${p.start}:${p.end}`) ?? { ...p, speaker: null, name: null };
      const verdict = verdictOf(p, g.names);
      const verdictAtFloor = verdictOf(k, g.names);
      result.floor0[verdict]++;
      result.atFloor[verdictAtFloor]++;
      const rule = p.rule ?? "(none)";
      const row = rules.get(rule) ?? empty();
      row[verdict]++;
      rules.set(rule, row);
      result.quotes.push({
        split, article: article.name, text: text.slice(g.start, g.end), start: g.start, end: g.end, source: g.source, gold: g.names,
        rule: p.rule, confidence: p.confidence, predicted: p.name, verdict,
        predictedAtFloor: k.name, confidenceAtFloor: k.speaker ? k.confidence : 0, verdictAtFloor,
      });
    });
  }
  result.recall = result.gold ? result.matched / result.gold : 0;
  result.rules = [...rules.entries()]
    .map(([rule, v]) => ({ rule, count: v.right + v.wrong + v.missing, ...v, precision: v.right + v.wrong ? v.right / (v.right + v.wrong) : null }))
    .sort((a, b) => b.count - a.count);
  const { bins, ece } = reliability(result.quotes.filter((q) => q.predictedAtFloor !== null).map((q) => ({ confidence: q.confidenceAtFloor, right: q.verdictAtFloor === "right" })), CONFIDENCE_FLOOR);
  result.reliability = bins;
  result.ece = ece;
  return result;
}

function inContent(contents: readonly BratSpan[], p: { start: number; end: number }): boolean {
  let covered = 0;
  for (const c of contents) covered += overlapWith(c, p.start, p.end);
  return covered >= 0.5 * (p.end - p.start);
}

/** Confidence bins from the floor up ([floor, 0.8), [0.8, 0.9), [0.9, 0.95), [0.95, 1.0]) against observed accuracy, and the count-weighted expected calibration error. */
export function reliability(items: readonly { confidence: number; right: boolean }[], floor: number): { bins: Bin[]; ece: number } {
  const edges = [floor, ...BIN_EDGES.filter((e) => e > floor + 1e-9 && e < 1)];
  const bins: Bin[] = [];
  for (const [i, from] of edges.entries()) {
    const to = edges[i + 1] ?? 1;
    const last = i === edges.length - 1;
    const inBin = items.filter((x) => x.confidence >= from - 1e-9 && (last ? x.confidence <= 1 + 1e-9 : x.confidence < to - 1e-9));
    const right = inBin.filter((x) => x.right).length;
    const mean = inBin.length ? inBin.reduce((s, x) => s + x.confidence, 0) / inBin.length : 0;
    bins.push({ from, to, count: inBin.length, right, meanConfidence: mean, accuracy: inBin.length ? right / inBin.length : null });
  }
  const total = items.length;
  const ece = total ? bins.reduce((s, b) => s + (b.count / total) * Math.abs((b.accuracy ?? 0) - b.meanConfidence), 0) : 0;
  return { bins, ece };
}
