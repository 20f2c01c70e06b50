/**
 * npm run eval:articles — the article finder against the extraction
 * benchmark's ground truth, side by side with @mozilla/readability, in one run.
 *
 * Metric: the benchmark's word 4-shingles (eval/shingles.ts).
 *
 * Time: findArticle + collectBlocks on a parsed document, against
 * clone + Readability.parse() (Readability mutates the document it is given,
 * so an extension would have to clone the live page first). Parsing the HTML
 * into linkedom is excluded for both.
 *
 * Options: --worst N (list the N worst pages, default 10), --page <id> (dump
 * both texts of one page), --json (machine-readable summary),
 * --readability-suite <local copy of mozilla/readability> (its test pages
 * instead, against Readability's expected text: see eval/readability-suite.ts).
 */
import { readFileSync, readdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { findArticle } from "../src/page/article";
import { collectBlocks } from "../src/page/blocks";
import { printNotArticleDecision } from "./eval/not-articles";
import { runReadabilitySuite } from "./eval/readability-suite";
import { f1, match, mean, median, precision, recall } from "./eval/shingles";

const CORPUS = path.resolve("tests/corpus/articles");

interface PageResult { id: string; url: string; p: number; r: number; rp: number; rr: number; ms: number; rms: number; note: string; }

function finderText(doc: Document): { text: string; note: string } {
  const article = findArticle(doc);
  if (!article) return { text: "", note: "no article found" };
  return { text: collectBlocks(article).map((b) => b.text).join("\n"), note: "" };
}

function readabilityText(doc: Document): string {
  const clone = doc.cloneNode(true) as Document;
  return new Readability(clone).parse()?.textContent ?? "";
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const suite = opt("--readability-suite");
  if (suite) {
    runReadabilitySuite(suite, finderText);
    return;
  }
  const worstN = Number(opt("--worst") ?? 10);
  const only = opt("--page");
  const truth = JSON.parse(readFileSync(path.join(CORPUS, "ground-truth.json"), "utf8")) as Record<string, { url: string; articleBody: string }>;
  const ids = readdirSync(path.join(CORPUS, "html")).filter((f) => f.endsWith(".html.gz")).map((f) => f.replace(/\.html\.gz$/, "")).sort();
  const results: PageResult[] = [];

  for (const id of ids) {
    if (only && id !== only) continue;
    const gt = truth[id];
    if (!gt) continue;
    const html = gunzipSync(readFileSync(path.join(CORPUS, "html", `${id}.html.gz`))).toString("utf8");
    const ours = parseHTML(html).document as unknown as Document;
    const theirs = parseHTML(html).document as unknown as Document;

    let t0 = performance.now();
    let found: { text: string; note: string };
    try { found = finderText(ours); } catch (e) { found = { text: "", note: `exception: ${String(e)}` }; }
    const ms = performance.now() - t0;

    t0 = performance.now();
    let rtext = "";
    try { rtext = readabilityText(theirs); } catch { rtext = ""; }
    const rms = performance.now() - t0;

    const c = match(gt.articleBody, found.text);
    const rc = match(gt.articleBody, rtext);
    results.push({ id, url: gt.url, p: precision(c), r: recall(c), rp: precision(rc), rr: recall(rc), ms, rms, note: found.note });
    if (only) {
      console.log(`--- ground truth\n${gt.articleBody}\n--- saidby\n${found.text}\n--- readability\n${rtext}`);
    }
  }

  const P = mean(results.map((r) => r.p)), R = mean(results.map((r) => r.r));
  const RP = mean(results.map((r) => r.rp)), RR = mean(results.map((r) => r.rr));
  const ms = results.map((r) => r.ms), rms = results.map((r) => r.rms);
  const summary = {
    pages: results.length,
    saidby: { precision: P, recall: R, f1: f1(P, R), medianMs: median(ms), meanMs: mean(ms), noArticle: results.filter((r) => r.note).length },
    readability: { precision: RP, recall: RR, f1: f1(RP, RR), medianMs: median(rms), meanMs: mean(rms) },
  };
  if (args.includes("--json")) {
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  const fmt = (x: number): string => x.toFixed(3);
  console.log(`Article extraction, ${results.length} pages (word 4-shingles, per-page P/R averaged)`);
  console.log(`                     precision  recall     F1   median ms  mean ms`);
  console.log(`saidby findArticle   ${fmt(P)}      ${fmt(R)}   ${fmt(f1(P, R))}   ${summary.saidby.medianMs.toFixed(2).padStart(8)}  ${summary.saidby.meanMs.toFixed(2).padStart(7)}`);
  console.log(`@mozilla/readability ${fmt(RP)}      ${fmt(RR)}   ${fmt(f1(RP, RR))}   ${summary.readability.medianMs.toFixed(2).padStart(8)}  ${summary.readability.meanMs.toFixed(2).padStart(7)}`);
  console.log(`median time ratio saidby/readability: ${(summary.saidby.medianMs / summary.readability.medianMs).toFixed(3)} (1/${(summary.readability.medianMs / summary.saidby.medianMs).toFixed(1)})`);
  console.log(`pages where no article was found: ${summary.saidby.noArticle}`);
  if (!only) printNotArticleDecision(results.length, summary.saidby.noArticle);
  const worst = [...results].sort((a, b) => f1(a.p, a.r) - f1(b.p, b.r)).slice(0, worstN);
  console.log(`\n${worstN} worst pages (saidby F1 | P R | readability F1):`);
  for (const w of worst) {
    console.log(`${w.id}  ${fmt(f1(w.p, w.r))} | ${fmt(w.p)} ${fmt(w.r)} | ${fmt(f1(w.rp, w.rr))}  ${w.note} ${w.url}`);
  }
}

main();
