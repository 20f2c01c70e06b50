/**
 * npm run bench — Saidby against its natural peers, in the same run, so the
 * ratios mean something on a busy machine (scripts/bench/*.ts; issue 8).
 *
 *   per page in Node    find + blocks, attribute, both, vs Readability and compromise (corpus.ts)
 *   in the browser      content script main-thread time, longest task, heap (browser.ts, trace.ts)
 *   scaling             time against article length and quote count, log-log slope (scaling.ts)
 *   size                content script, popup, zips, raw and gzipped (size.ts)
 *   archive             the CLI on WARC.gz archives: pages/s per core, peak memory against archive size (archive.ts)
 *   against             the engine against an earlier commit of itself, same process (against.ts; not in the default run)
 *
 * Options:
 *   --json              the result object instead of tables
 *   --docs              also write the tables to docs/bench.md
 *   --rounds N          rounds over the corpus (default 5)
 *   --only a,b          sections to run: corpus, browser, scaling, size, archive, against
 *   --archive-pages N,M synthetic crawl sizes for the archive section (default 1000,4000)
 *   --against REF       the git ref the "against" section compares with (default: the session's start, see DEFAULT_AGAINST)
 *   --no-firefox        Chromium only
 *   --profile           save CPU profiles of the browser runs to artifacts/bench/
 *   --merge a.json …    no measuring: medians of earlier --json runs, as tables (with --docs: into docs/bench.md)
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { benchCorpus } from "./bench/corpus";
import { benchBrowsers } from "./bench/browser";
import { benchScaling } from "./bench/scaling";
import { benchSize } from "./bench/size";
import { benchAgainst } from "./bench/against";
import { benchArchives, DEFAULT_ARCHIVE_PAGES } from "./bench/archive";
import { loadNow, machineNow } from "./bench/machine";
import { markdown, mergeRuns, targets, type BenchResult } from "./bench/report";

const ROOT = process.cwd();
const SECTIONS = ["corpus", "browser", "scaling", "size", "archive"] as const;
const DEFAULT_ROUNDS = 5;
/** The engine as session 3 began: what "within 10 % of today's throughput" is measured against. */
const DEFAULT_AGAINST = "66ca615";
const NOTES_MARKER = "<!-- notes: kept by --docs -->";

const DOCS_HEAD = `# Benchmarks

\`npm run bench\` measures Saidby against its natural peers in the same run (code: \`scripts/bench.ts\`, \`scripts/bench/\`);
\`npm run bench -- --json\` prints the same figures for machines. Below: the medians of several \`--json\` runs merged
with \`npm run bench -- --merge a.json b.json … --docs\`. The machine is shared by several engineers: the load average
is given with the figures, absolute times move by 2× or more with it, ratios within one run much less.

`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const json = args.includes("--json");
  const progress = (s: string): void => {
    if (!json || process.stderr.isTTY) process.stderr.write(`${s}\n`);
  };
  let result: BenchResult;
  if (args.includes("--merge")) {
    const files = args.slice(args.indexOf("--merge") + 1).filter((a) => !a.startsWith("--"));
    result = mergeRuns(files.map((f) => JSON.parse(readFileSync(f, "utf8")) as BenchResult));
  } else {
    const only = new Set((opt("--only") ?? SECTIONS.join(",")).split(","));
    const started = performance.now();
    const machine = machineNow();
    const profileDir = args.includes("--profile") ? path.join(ROOT, "artifacts/bench") : null;
    if (profileDir) mkdirSync(profileDir, { recursive: true });
    const corpus = only.has("corpus") ? benchCorpus(ROOT, Number(opt("--rounds") ?? DEFAULT_ROUNDS), progress) : null;
    const browsers = only.has("browser") ? await benchBrowsers({ firefox: !args.includes("--no-firefox"), profileDir }, progress) : null;
    const scaling = only.has("scaling") ? benchScaling(progress) : null;
    const size = only.has("size") ? benchSize(ROOT, progress) : null;
    const archivePages = opt("--archive-pages")?.split(",").map(Number) ?? DEFAULT_ARCHIVE_PAGES;
    const archive = only.has("archive") ? await benchArchives(ROOT, archivePages, progress) : null;
    const against = only.has("against") ? await benchAgainst(ROOT, opt("--against") ?? DEFAULT_AGAINST, progress) : null;
    result = { machine: { ...machine, loadEnd: loadNow() }, runs: 1, corpus, scaling, browsers, size, archive, against, seconds: (performance.now() - started) / 1000 };
  }
  const text = markdown(result);
  if (json) console.log(JSON.stringify({ ...result, targets: targets(result) }, null, 2));
  else console.log(text);
  if (args.includes("--docs")) {
    // Hand-written notes below NOTES_MARKER survive a rewrite of the tables.
    const file = path.join(ROOT, "docs/bench.md");
    const old = existsSync(file) ? readFileSync(file, "utf8") : "";
    const notes = old.includes(NOTES_MARKER) ? old.slice(old.indexOf(NOTES_MARKER)) : "";
    writeFileSync(file, DOCS_HEAD + text + (notes ? `\n${notes}` : ""));
    progress("wrote docs/bench.md");
  }
}

await main();
