/**
 * Per page in Node, on the article corpus and the annotated quote pages:
 * Saidby's article finding, attribution and the two together, against
 * Readability (clone + parse, as an extension must clone the live page) and
 * compromise (quotations + people on the same article text). Every page is
 * parsed by linkedom once, outside the timed regions; the contenders run
 * back to back on the same page, in an order that rotates, for several
 * rounds, and each page keeps its median over the rounds.
 */
import { readFileSync, readdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import nlp from "compromise";
import { findArticle } from "../../src/page/article";
import { collectBlocks } from "../../src/page/blocks";
import { extractFromDocument } from "../../src/page/extract";
import { attribute } from "../../src/core/attribute";
import type { TextBlock } from "../../src/core/attribution";
import { median, p95 } from "./stats";

/**
 * compromise takes about 15 times Saidby's time: it runs in this many rounds
 * only (its figure is far from any threshold, and three rounds of it would
 * cost half the bench's time budget).
 */
const COMPROMISE_ROUNDS = 1;

export const CONTENDERS = ["find", "attribute", "full", "readability", "compromise"] as const;
export type Contender = (typeof CONTENDERS)[number];

export const CONTENDER_LABELS: Record<Contender, string> = {
  find: "Saidby findArticle + collectBlocks",
  attribute: "Saidby attribute (on the blocks)",
  full: "Saidby extractFromDocument (both)",
  readability: "@mozilla/readability clone + parse",
  compromise: "compromise quotations + people",
};

interface Page {
  id: string;
  url: string | null;
  doc: Document;
  blocks: TextBlock[] | null;
  text: string;
}

export interface Spread {
  pages: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
}

export interface CorpusResult {
  pages: number;
  rounds: number;
  compromiseRounds: number;
  /** Pages where Saidby found no article (no attribution to time there). */
  noArticle: number;
  contenders: Record<Contender, Spread>;
  /** Saidby / peer, on the median page and on the 95th percentile. */
  ratios: Array<{ saidby: Contender; peer: Contender; median: number; p95: number }>;
}

function loadPages(root: string): Page[] {
  const pages: Array<{ id: string; html: string; url: string | null }> = [];
  const articles = path.join(root, "tests/corpus/articles");
  const truth = JSON.parse(readFileSync(path.join(articles, "ground-truth.json"), "utf8")) as Record<string, { url?: string }>;
  for (const f of readdirSync(path.join(articles, "html")).filter((f) => f.endsWith(".html.gz")).sort()) {
    const id = f.replace(/\.html\.gz$/, "");
    pages.push({ id, url: truth[id]?.url ?? null, html: gunzipSync(readFileSync(path.join(articles, "html", f))).toString("utf8") });
  }
  const quotes = path.join(root, "tests/corpus/quotes");
  for (const f of readdirSync(quotes).filter((f) => f.endsWith(".html")).sort()) {
    pages.push({ id: `quotes/${f.replace(/\.html$/, "")}`, url: null, html: readFileSync(path.join(quotes, f), "utf8") });
  }
  return pages.map(({ id, url, html }) => {
    const doc = parseHTML(html).document as unknown as Document;
    const found = extractFromDocument(doc, url);
    const blocks = found ? found.blocks.map((b) => ({ text: b.text, kind: b.kind })) : null;
    return { id, url, doc, blocks, text: blocks ? blocks.map((b) => b.text).join("\n\n") : "" };
  });
}

/** Runs one contender on one page; returns milliseconds, or null when it does not apply. */
function time(c: Contender, page: Page): number | null {
  const t0 = performance.now();
  switch (c) {
    case "find": {
      const article = findArticle(page.doc);
      if (article) collectBlocks(article);
      break;
    }
    case "attribute":
      if (!page.blocks) return null;
      attribute(page.blocks, { url: page.url });
      break;
    case "full":
      extractFromDocument(page.doc, page.url);
      break;
    case "readability":
      new Readability(page.doc.cloneNode(true) as Document).parse();
      break;
    case "compromise": {
      if (!page.blocks) return null;
      const d = nlp(page.text);
      d.quotations().out("array");
      d.people().out("array");
      break;
    }
  }
  return performance.now() - t0;
}

const spread = (xs: number[]): Spread => ({
  pages: xs.length,
  medianMs: median(xs),
  p95Ms: p95(xs),
  meanMs: xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length),
});

export function benchCorpus(root: string, rounds: number, progress: (s: string) => void): CorpusResult {
  progress("corpus: parsing pages");
  const pages = loadPages(root);
  // Warm-up: every contender on every 8th page, not recorded (JIT, lazy regex compilation).
  for (let i = 0; i < pages.length; i += 8) for (const c of CONTENDERS) time(c, pages[i]!);
  const samples = new Map<Contender, number[][]>(CONTENDERS.map((c) => [c, pages.map(() => [])]));
  for (let r = 0; r < rounds; r++) {
    progress(`corpus: round ${r + 1}/${rounds}`);
    pages.forEach((page, i) => {
      // Rotate the order so no contender always runs right after the heavy one (GC debt).
      for (let k = 0; k < CONTENDERS.length; k++) {
        const c = CONTENDERS[(i + r + k) % CONTENDERS.length]!;
        if (c === "compromise" && r >= COMPROMISE_ROUNDS) continue;
        const ms = time(c, page);
        if (ms !== null) samples.get(c)![i]!.push(ms);
      }
    });
  }
  const perPage = (c: Contender): number[] => samples.get(c)!.filter((s) => s.length > 0).map(median);
  const contenders = Object.fromEntries(CONTENDERS.map((c) => [c, spread(perPage(c))])) as Record<Contender, Spread>;
  const ratio = (saidby: Contender, peer: Contender) => ({
    saidby,
    peer,
    median: contenders[saidby].medianMs / contenders[peer].medianMs,
    p95: contenders[saidby].p95Ms / contenders[peer].p95Ms,
  });
  return {
    pages: pages.length,
    rounds,
    compromiseRounds: Math.min(rounds, COMPROMISE_ROUNDS),
    noArticle: pages.filter((p) => !p.blocks).length,
    contenders,
    ratios: [ratio("find", "readability"), ratio("full", "readability"), ratio("attribute", "compromise"), ratio("full", "compromise")],
  };
}
