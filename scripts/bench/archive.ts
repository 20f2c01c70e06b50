/**
 * The CLI on archives, as users run it: `saidby --json` on a WARC.gz of the
 * 168 corpus pages and on synthetic crawls of growing size (scripts/archive/),
 * each run a child process whose own resource usage (CPU time of every
 * thread, peak resident memory) it reports on exit.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ArchiveFile } from "../archive/warc-writer";
import { corpusPages } from "../archive/corpus-pages";
import { writeSynthetic } from "../archive/synthetic";

/**
 * The corpus pages go into the archive this many times: one pass of 168 pages
 * is mostly the start-up of three threads, a crawl is millions of pages.
 */
const CORPUS_PASSES = 10;
/** Synthetic crawl sizes, in pages, by default (`--archive-pages 1000,4000,25000` for more). */
export const DEFAULT_ARCHIVE_PAGES = [1_000, 4_000];

export interface ArchiveRun {
  what: string;
  archiveBytes: number;
  records: number;
  pages: number;
  wallSeconds: number;
  /** CPU time of the whole CLI process: main thread, workers, GC. */
  cpuSeconds: number;
  maxRssMiB: number;
  cores: number;
}

/** Loaded into the CLI with --require: writes its resource usage where the bench says, on exit. */
const USAGE_PRELOAD = `process.on("exit", () => require("node:fs").writeFileSync(process.env.SAIDBY_BENCH_USAGE, JSON.stringify(process.resourceUsage())));`;

function runCli(root: string, scratch: string, what: string, archive: string): ArchiveRun {
  const preload = path.join(scratch, "usage.cjs");
  const usageFile = path.join(scratch, "usage.json");
  writeFileSync(preload, USAGE_PRELOAD);
  const started = performance.now();
  const r = spawnSync(process.execPath, ["--require", preload, path.join(root, "dist/node/saidby.js"), "--json", archive], {
    env: { ...process.env, SAIDBY_BENCH_USAGE: usageFile },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const summary = /(\d+) pages read/u.exec(r.stderr);
  if (r.status !== 0 || !summary) throw new Error(`saidby failed on ${archive}: ${r.stderr}`);
  const usage = JSON.parse(readFileSync(usageFile, "utf8")) as NodeJS.ResourceUsage;
  const counted = [...r.stderr.matchAll(/(?:skipped|failed) (\d+):/gu)].reduce((n, m) => n + Number(m[1]), 0);
  const pages = Number(summary[1]);
  return {
    what,
    archiveBytes: statSync(archive).size,
    records: pages + counted,
    pages,
    wallSeconds,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    maxRssMiB: usage.maxRSS / 1024,
    cores: availableParallelism(),
  };
}

export async function benchArchives(root: string, syntheticPages: number[], progress: (s: string) => void): Promise<ArchiveRun[]> {
  const scratch = mkdtempSync(path.join(tmpdir(), "saidby-bench-archive-"));
  try {
    progress("archive: the corpus pages as a WARC.gz");
    const corpus = path.join(scratch, "corpus.warc.gz");
    const out = new ArchiveFile(corpus);
    const pages = corpusPages(root);
    for (let pass = 0; pass < CORPUS_PASSES; pass++) for (const page of pages) await out.add(page);
    await out.close();
    const runs = [runCli(root, scratch, `${pages.length} corpus pages × ${CORPUS_PASSES}`, corpus)];
    for (const pages of syntheticPages) {
      progress(`archive: a synthetic crawl of ${pages} pages`);
      const file = path.join(scratch, `synthetic-${pages}.warc.gz`);
      await writeSynthetic(pages, file);
      runs.push(runCli(root, scratch, `synthetic, ${pages} pages`, file));
      rmSync(file);
    }
    return runs;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Pages a second per core: wall-clock rate over the cores, and pages per CPU-second (what a core does when it is Saidby's alone). */
export function perCore(run: ArchiveRun): { wall: number; cpu: number } {
  return { wall: run.pages / run.wallSeconds / run.cores, cpu: run.pages / run.cpuSeconds };
}
