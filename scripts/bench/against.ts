/**
 * The engine against an earlier version of itself, in the same process:
 * `npm run bench -- --only against --against <git ref>` checks the ref out
 * into a temporary worktree, bundles both engines, and times attribute() on
 * every corpus page's blocks, alternating old and new pass by pass so that
 * the machine's load falls on both alike. The ratio of the median passes is
 * the figure (noise on a shared machine is a few percent; wall-clock times
 * of separate runs differ by far more).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { build } from "esbuild";
import { parseHTML } from "linkedom";
import type { TextBlock } from "../../src/core/attribution";
import { readArticleSteps } from "../../src/page/read-article";
import { runToEnd } from "../../src/page/steps";
import { median } from "./stats";

// V8 reaches its optimised code only after about eight passes over the corpus;
// timing earlier passes measures the compiler, not the engine.
const WARMUP_PASSES = 12;
const TIMED_PASSES = 20;

export interface AgainstResult {
  ref: string;
  pages: number;
  passes: number;
  oldMs: number;
  newMs: number;
  /** new / old, medians of whole passes over the pages. */
  ratio: number;
}

type Attribute = (blocks: readonly TextBlock[]) => unknown;

async function engineAt(root: string, out: string): Promise<Attribute> {
  await build({ entryPoints: [path.join(root, "src/core/attribute.ts")], bundle: true, platform: "node", format: "esm", outfile: out, logLevel: "warning" });
  return ((await import(pathToFileURL(out).href)) as { attribute: Attribute }).attribute;
}

function corpusBlocks(root: string): TextBlock[][] {
  const dir = path.join(root, "tests/corpus/articles/html");
  const pages: TextBlock[][] = [];
  for (const file of readdirSync(dir).sort()) {
    const { document } = parseHTML(gunzipSync(readFileSync(path.join(dir, file))).toString("utf8"));
    const article = runToEnd(readArticleSteps(document as unknown as Document));
    if (article) pages.push(article.blocks.map((b) => ({ text: b.text, kind: b.kind })));
  }
  return pages;
}

export async function benchAgainst(root: string, ref: string, progress: (s: string) => void): Promise<AgainstResult> {
  const scratch = mkdtempSync(path.join(tmpdir(), "saidby-against-"));
  const worktree = path.join(scratch, "old");
  try {
    execFileSync("git", ["worktree", "add", "--detach", worktree, ref], { cwd: root, stdio: "ignore" });
    const oldAttribute = await engineAt(worktree, path.join(scratch, "old.mjs"));
    const newAttribute = await engineAt(root, path.join(scratch, "new.mjs"));
    const pages = corpusBlocks(root);
    progress(`against ${ref}: ${pages.length} pages, ${TIMED_PASSES} passes each`);
    const pass = (attribute: Attribute): number => {
      const started = performance.now();
      for (const blocks of pages) attribute(blocks);
      return performance.now() - started;
    };
    for (let i = 0; i < WARMUP_PASSES; i++) [oldAttribute, newAttribute].forEach(pass);
    const oldTimes: number[] = [];
    const newTimes: number[] = [];
    for (let i = 0; i < TIMED_PASSES; i++) {
      // Alternate which goes first, so neither always runs on a cooler or warmer machine.
      if (i % 2) {
        oldTimes.push(pass(oldAttribute));
        newTimes.push(pass(newAttribute));
      } else {
        newTimes.push(pass(newAttribute));
        oldTimes.push(pass(oldAttribute));
      }
    }
    const oldMs = median(oldTimes);
    const newMs = median(newTimes);
    return { ref, pages: pages.length, passes: TIMED_PASSES, oldMs, newMs, ratio: newMs / oldMs };
  } finally {
    execFileSync("git", ["worktree", "remove", "--force", worktree], { cwd: root, stdio: "ignore" });
    rmSync(scratch, { recursive: true, force: true });
  }
}
