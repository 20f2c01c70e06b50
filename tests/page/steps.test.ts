/**
 * The page layer's walks as step generators (src/page/steps.ts): run step by
 * step they give exactly what the one-shot functions give, and no step does
 * more than a bounded amount of work, counted on the DOM from the outside
 * (tests/page/dom-meter.ts), never timed.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findArticle, findArticleSteps, type Article } from "../../src/page/article";
import { collectBlocks, collectBlockSteps, type PageBlock } from "../../src/page/blocks";
import { readArticleSteps } from "../../src/page/read-article";
import { CHARS_PER_STEP, UNITS_PER_STEP } from "../../src/page/steps";
import { generateArticle } from "../../scripts/bench/generate";
import { hostilePage } from "../fixtures/hostile/pages";
import { meterDom, meterSteps, type DomMeter } from "./dom-meter";
import { docOf } from "./helpers";

const CORPUS = path.resolve("tests/corpus/articles/html");
/**
 * DOM calls one unit of work may make: an element costs its tag name, a few
 * attributes (role, class, id, hidden, aria-hidden, style, itemprop) and the
 * moves to its first child and next sibling; a text node its length and data.
 * The busiest pages measured need about 11 per unit.
 */
const OPS_PER_UNIT = 16;
const MAX_OPS_PER_STEP = UNITS_PER_STEP * OPS_PER_UNIT;
/** One step may finish the text it had started and read one piece of a huge node. */
const MAX_CHARS_PER_STEP = 2 * CHARS_PER_STEP;
/** Corpus pages whose searches are paused side by side, one step each in turn. */
const INTERLEAVED = 8;

/** What an Article is, by element identity. */
function sameArticle(got: Article | null, want: Article | null, label: string): void {
  expect(got === null, `${label}: article or not`).toBe(want === null);
  if (!got || !want) return;
  expect(got.root === want.root, `${label}: root`).toBe(true);
  expect(got.excluded.length, `${label}: excluded`).toBe(want.excluded.length);
  expect(got.excluded.every((e, i) => e === want.excluded[i]), `${label}: excluded`).toBe(true);
  expect(got.title, `${label}: title`).toBe(want.title);
}

/** Blocks as comparable values: text, kind, and the page nodes and offsets they map to. */
function blockKeys(blocks: PageBlock[], nodes: Map<Node, number>): string[] {
  const id = (n: Node): number => {
    if (!nodes.has(n)) nodes.set(n, nodes.size);
    return nodes.get(n)!;
  };
  return blocks.map((b) => `${b.kind}|${id(b.element)}|${b.pieces.map((p) => `${id(p.node)}:${p.blockStart}:${p.nodeStart}:${p.length}`).join(",")}|${b.text}`);
}

function sameBlocks(got: PageBlock[], want: PageBlock[], label: string): void {
  const nodes = new Map<Node, number>();
  expect(blockKeys(got, nodes), label).toEqual(blockKeys(want, nodes));
}

describe("step generators on the article corpus", () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith(".html.gz")).sort();

  it("has the corpus", () => {
    expect(files.length).toBeGreaterThanOrEqual(160);
  });

  it("stepwise, with several pages' searches paused side by side, finds the same article and blocks as one-shot; no step is over the bound", () => {
    let meter: DomMeter | null = null;
    let maxOps = 0, maxChars = 0, steps = 0;
    try {
      for (let start = 0; start < files.length; start += INTERLEAVED) {
        const batch = files.slice(start, start + INTERLEAVED).map((file) => {
          const doc = docOf(gunzipSync(readFileSync(path.join(CORPUS, file))).toString("utf8"));
          const want = findArticle(doc);
          return { file, doc, want, blocks: want ? collectBlocks(want) : [] };
        });
        meter ??= meterDom(batch[0]!.doc);
        // Round robin: every search takes one step in turn, so a state shared between paused searches would show.
        const running = batch.map((p) => ({ p, steps: findArticleSteps(p.doc), found: undefined as Article | null | undefined, walk: null as Generator<void, PageBlock[], void> | null }));
        let live = running.length;
        while (live > 0) {
          live = 0;
          for (const r of running) {
            const g = r.found === undefined ? r.steps : r.walk;
            if (!g) continue;
            meter.reset();
            const step = g.next();
            steps++;
            maxOps = Math.max(maxOps, meter.ops);
            maxChars = Math.max(maxChars, meter.chars);
            if (!step.done) { live++; continue; }
            if (r.found === undefined) {
              r.found = step.value as Article | null;
              sameArticle(r.found, r.p.want, r.p.file);
              if (r.found) { r.walk = collectBlockSteps(r.found); live++; }
            } else {
              sameBlocks(step.value as PageBlock[], r.p.blocks, r.p.file);
              r.walk = null;
            }
          }
        }
      }
    } finally {
      meter?.restore();
    }
    console.log(`[steps] corpus: ${files.length} pages, ${steps} steps, at most ${maxOps} DOM calls and ${maxChars} characters in one step`);
    expect(maxOps).toBeLessThanOrEqual(MAX_OPS_PER_STEP);
    expect(maxChars).toBeLessThanOrEqual(MAX_CHARS_PER_STEP);
  }, 120_000);
});

describe("no step grows with the page", () => {
  let meter: DomMeter;
  beforeAll(() => { meter = meterDom(docOf("<html><body></body></html>")); });
  afterAll(() => meter.restore());

  it("a 50,000-word page: the DOM half runs in many bounded steps, with the one-shot result", () => {
    const page = generateArticle(50_000, 400);
    expect(page.words).toBeGreaterThanOrEqual(50_000);
    const doc = docOf(page.html);
    const run = meterSteps(meter, readArticleSteps(doc));
    console.log(`[steps] 50,000 words: ${run.steps} steps, ${run.totalOps} DOM calls in all, at most ${run.maxOps} and ${run.maxChars} characters in one step`);
    expect(run.maxOps).toBeLessThanOrEqual(MAX_OPS_PER_STEP);
    expect(run.maxChars).toBeLessThanOrEqual(MAX_CHARS_PER_STEP);
    // The bound is tight enough to matter: in one go, the same work would be several steps' worth.
    expect(run.totalOps).toBeGreaterThan(4 * MAX_OPS_PER_STEP);
    const want = findArticle(doc);
    sameArticle(run.value?.article ?? null, want, "50,000 words");
    const blocks = collectBlocks(want!);
    expect(run.value!.blocks.length).toBe(blocks.length + 1); // the headline block first
    sameBlocks(run.value!.blocks.slice(1), blocks, "50,000 words");
  }, 60_000);

  it("one 10 MB paragraph: read in pieces, no step reads more than two pieces' worth of its text", () => {
    const doc = docOf(hostilePage("paragraph-10mb").html());
    const find = meterSteps(meter, findArticleSteps(doc));
    expect(find.value).not.toBeNull();
    const walk = meterSteps(meter, collectBlockSteps(find.value!));
    console.log(`[steps] 10 MB paragraph: search ${find.steps} steps, blocks ${walk.steps} steps, at most ${Math.max(find.maxChars, walk.maxChars)} characters and ${Math.max(find.maxOps, walk.maxOps)} DOM calls in one step`);
    for (const run of [find, walk]) {
      expect(run.maxChars).toBeLessThanOrEqual(MAX_CHARS_PER_STEP);
      expect(run.maxOps).toBeLessThanOrEqual(MAX_OPS_PER_STEP);
      expect(run.steps).toBeGreaterThan(10_000_000 / CHARS_PER_STEP);
    }
    const longest = Math.max(...walk.value.map((b) => b.text.length));
    expect(longest).toBeGreaterThan(9_000_000);
    sameBlocks(walk.value, collectBlocks(findArticle(doc)!), "10 MB paragraph");
  }, 60_000);
});
