/**
 * Cost against article length and against the number of quotes, on
 * generated articles (generate.ts) in Node: extractFromDocument on a
 * linkedom document parsed outside the timed region, the median of several
 * runs per size. Growth is the slope of log(time) against log(size): 1 is
 * linear, 2 quadratic.
 */
import { performance } from "node:perf_hooks";
import { parseHTML } from "linkedom";
import { findArticle } from "../../src/page/article";
import { collectBlocks } from "../../src/page/blocks";
import { extractFromDocument } from "../../src/page/extract";
import { attribute } from "../../src/core/attribute";
import { generateArticle } from "./generate";
import { logLogSlope, median, fitLine, type LineFit } from "./stats";

/** Article lengths timed (words). */
export const LENGTHS = [1_000, 5_000, 20_000, 50_000, 200_000];
/** Quotes per word in the length series (the annotated corpus pages have about one per 60–120 words). */
const QUOTES_PER_WORD = 1 / 100;
/** The quote series: this many words… */
const QUOTE_SERIES_WORDS = 20_000;
/** …holding this many quotes. */
export const QUOTE_COUNTS = [10, 30, 100, 300];
/** Runs per size: enough work per size to outlast timer and GC noise, at least 2. */
const WORDS_PER_SIZE = 150_000;
const MAX_RUNS = 15;

export interface ScalePoint {
  words: number;
  quotes: number;
  /** Quotes the engine found (a check that the generated page is read as meant). */
  found: number;
  runs: number;
  findMs: number;
  attributeMs: number;
  fullMs: number;
}

export interface Series {
  points: ScalePoint[];
  /** log-log slope of the full pass against the series' variable. */
  growth: LineFit;
  /** Straight line through (variable, ms): ms per unit and its fit. */
  line: LineFit;
}

export interface ScalingResult {
  length: Series;
  quotes: Series;
}

function timePoint(words: number, quotes: number): ScalePoint {
  const g = generateArticle(words, quotes);
  const doc = parseHTML(g.html).document as unknown as Document;
  const runs = Math.max(2, Math.min(MAX_RUNS, Math.round(WORDS_PER_SIZE / g.words)));
  const find: number[] = [], attr: number[] = [], full: number[] = [];
  let found = 0;
  for (let r = 0; r <= runs; r++) {
    let t = performance.now();
    const article = findArticle(doc);
    const blocks = article ? collectBlocks(article) : [];
    const f = performance.now() - t;
    t = performance.now();
    attribute(blocks);
    const a = performance.now() - t;
    t = performance.now();
    const result = extractFromDocument(doc, null);
    const x = performance.now() - t;
    found = result?.attribution.quotes.length ?? 0;
    if (r === 0) continue; // warm-up
    find.push(f);
    attr.push(a);
    full.push(x);
  }
  return { words: g.words, quotes: g.quotes, found, runs, findMs: median(find), attributeMs: median(attr), fullMs: median(full) };
}

function series(points: ScalePoint[], x: (p: ScalePoint) => number): Series {
  const xs = points.map(x);
  const ys = points.map((p) => p.fullMs);
  return { points, growth: logLogSlope(xs, ys), line: fitLine(xs, ys) };
}

export function benchScaling(progress: (s: string) => void): ScalingResult {
  const lengthPoints = LENGTHS.map((w) => {
    progress(`scaling: ${w} words`);
    return timePoint(w, Math.round(w * QUOTES_PER_WORD));
  });
  const quotePoints = QUOTE_COUNTS.map((q) => {
    progress(`scaling: ${q} quotes in ${QUOTE_SERIES_WORDS} words`);
    return timePoint(QUOTE_SERIES_WORDS, q);
  });
  return { length: series(lengthPoints, (p) => p.words), quotes: series(quotePoints, (p) => p.quotes) };
}
