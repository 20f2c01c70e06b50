/** The benchmark's result as one object, its targets, and its tables (Markdown: readable in a terminal, pasted as is into docs/bench.md). */
import type { BrowserResult, FirefoxCost, PageCost } from "./browser";
import { CONTENDER_LABELS, CONTENDERS, type CorpusResult } from "./corpus";
import type { Machine } from "./machine";
import type { ScalingResult, Series } from "./scaling";
import type { SizeRow } from "./size";
import type { AgainstResult } from "./against";
import { perCore, type ArchiveRun } from "./archive";

export interface BenchResult {
  machine: Machine;
  /** How many runs were merged into these figures (medians of every number). */
  runs: number;
  corpus: CorpusResult | null;
  scaling: ScalingResult | null;
  browsers: BrowserResult | null;
  size: SizeRow[] | null;
  /** The CLI on WARC.gz archives: throughput and memory against archive size. */
  archive?: ArchiveRun[] | null;
  /** Only when asked for (--only against): the engine against an earlier commit. */
  against?: AgainstResult | null;
  seconds: number;
}

export interface Target {
  what: string;
  figure: string;
  met: boolean | null;
}

/** The issue's targets. */
const FASTER_THAN_READABILITY = 5;
const DEMO_MAIN_THREAD_MS = 10;
const LONG_PAGE_TASK_MS = 50;
/** A log-log slope up to this counts as linear (timer noise, GC). */
const LINEAR_SLOPE = 1.1;
const CONTENT_GZIP_BYTES = 30 * 1024;
const POPUP_GZIP_BYTES = 25 * 1024;
const PAGES_PER_SECOND_PER_CORE = 100;

const f = (x: number, d = 2): string => x.toFixed(d);
const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

export function targets(r: BenchResult): Target[] {
  const out: Target[] = [];
  if (r.corpus) {
    const speed = r.corpus.contenders.readability.medianMs / r.corpus.contenders.full.medianMs;
    out.push({ what: `Saidby full pass ≥ ${FASTER_THAN_READABILITY}× faster than Readability, median page`, figure: `${f(speed, 1)}×`, met: speed >= FASTER_THAN_READABILITY });
  }
  const chromium = r.browsers && "pages" in r.browsers.chromium ? r.browsers.chromium.pages : null;
  const demo = chromium?.find((p) => p.page === "demo");
  const long = chromium?.find((p) => p.page !== "demo");
  out.push({ what: `Chromium, demo page: content script's main-thread work < ${DEMO_MAIN_THREAD_MS} ms (warm load)`, figure: demo ? `${f(demo.warm.scriptMs, 1)} ms (cold ${f(demo.cold.scriptMs, 1)})` : "not run", met: demo ? demo.warm.scriptMs < DEMO_MAIN_THREAD_MS : null });
  out.push({ what: `Chromium, 50,000 words: no Saidby task > ${LONG_PAGE_TASK_MS} ms (warm load)`, figure: long ? `${f(long.warm.longestScriptTaskMs, 1)} ms (cold ${f(long.cold.longestScriptTaskMs, 1)})` : "not run", met: long ? long.warm.longestScriptTaskMs <= LONG_PAGE_TASK_MS : null });
  if (r.scaling) {
    const s = r.scaling.length.growth.slope;
    out.push({ what: `Linear in article length (log-log slope ≤ ${LINEAR_SLOPE})`, figure: f(s), met: s <= LINEAR_SLOPE });
  }
  if (r.size) {
    const content = r.size.find((x) => x.what.startsWith("content script"))!;
    const popup = r.size.find((x) => x.what.startsWith("popup ("))!;
    out.push({ what: `Content script ≤ ${kib(CONTENT_GZIP_BYTES)} gzipped`, figure: kib(content.gzip), met: content.gzip <= CONTENT_GZIP_BYTES });
    out.push({ what: `Popup ≤ ${kib(POPUP_GZIP_BYTES)} gzipped`, figure: kib(popup.gzip), met: popup.gzip <= POPUP_GZIP_BYTES });
  }
  const corpusArchive = r.archive?.[0];
  if (corpusArchive) {
    const rate = perCore(corpusArchive);
    out.push({ what: `CLI on the corpus WARC.gz, parsing included: ≥ ${PAGES_PER_SECOND_PER_CORE} pages/s per core (pages per CPU-second)`, figure: `${f(rate.cpu, 1)} (wall: ${f(rate.wall, 1)} per core)`, met: rate.cpu >= PAGES_PER_SECOND_PER_CORE });
  }
  return out;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

function seriesTable(s: Series, variable: "words" | "quotes"): string {
  const rows = s.points.map((p) => [String(p.words), String(p.quotes), String(p.found), f(p.findMs), f(p.attributeMs), f(p.fullMs), f(p.fullMs / (p.words / 1000), 3)]);
  return `${table(["words", "quotes", "found", "find ms", "attribute ms", "full ms", "full ms / 1k words"], rows)}\n\nGrowth against ${variable}: log-log slope **${f(s.growth.slope)}** (1 = linear, r² ${f(s.growth.r2, 3)}); straight line ${f(s.line.slope * (variable === "words" ? 1000 : 1), 3)} ms per ${variable === "words" ? "1,000 words" : "quote"} (r² ${f(s.line.r2, 3)}).\nSegment slopes (between neighbouring sizes): ${segmentSlopes(s, variable).map((x) => f(x)).join(", ")}.`;
}

/** log-log slope between consecutive points: where growth bends. */
export function segmentSlopes(s: Series, variable: "words" | "quotes"): number[] {
  const x = (i: number): number => s.points[i]![variable];
  return s.points.slice(1).map((p, i) => Math.log(p.fullMs / s.points[i]!.fullMs) / Math.log(x(i + 1) / x(i)));
}

function chromiumRows(pages: PageCost[]): string {
  const rows = pages.flatMap((p) => (["cold", "warm"] as const).map((k) => {
    const c = p[k];
    return [`${p.page} (${p.marked} marks)`, k === "cold" ? "first load" : "warm (median)", f(c.scriptMs, 1), String(c.scriptTasks), f(c.longestScriptTaskMs, 1), f(c.wallMs, 1), f(c.totalMs, 1), f(c.longestTaskMs, 1), f(c.forcedStyleMs, 1), f(c.compileMs, 1), f(c.gcMs, 1), f(c.renderMs, 1), k === "warm" ? f(p.longTaskApiMs, 1) : "", k === "warm" ? kib(p.heapAddedBytes) : ""];
  }));
  return table(["page", "load", "Saidby tasks ms", "tasks", "longest Saidby task ms", "to marks ms", "window ms", "longest task in window ms", "forced style ms", "compile ms", "GC ms", "render ms", "Long Tasks API ms", "JS heap added"], rows);
}

function firefoxRows(pages: FirefoxCost[]): string {
  return table(["page", "marks", "longest stall ms", "blocked ms (stalls > 2 ms)"], pages.map((p) => [p.page, String(p.marked), f(p.longestStallMs, 1), f(p.blockedMs, 1)]));
}

export function markdown(r: BenchResult): string {
  const m = r.machine;
  const parts: string[] = [];
  const versions = r.browsers ? [("version" in r.browsers.chromium ? r.browsers.chromium.version : null), ("version" in r.browsers.firefox ? r.browsers.firefox.version : null)].filter(Boolean).join(", ") : "";
  parts.push(`Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}${versions ? `, ${versions}` : ""}. ${r.runs > 1 ? `Load average (1 min) between ${f(m.loadStart)} and ${f(m.loadEnd)} at the runs' starts and ends; medians of ${r.runs} runs` : `Load average (1 min) ${f(m.loadStart)} at the start, ${f(m.loadEnd)} at the end; one run`}, ${f(r.seconds, 0)} s per run. ${m.date.slice(0, 16).replace("T", " ")} UTC.`);
  parts.push("## Targets\n\n" + table(["target", "figure", "met"], targets(r).map((t) => [t.what, t.figure, t.met === null ? "—" : t.met ? "yes" : "**no**"])));
  if (r.corpus) {
    const c = r.corpus;
    parts.push(`## Per page in Node: ${c.pages} pages (168 article corpus + ${c.pages - 168} annotated quote pages)\n\nlinkedom parses each page outside the timed region; each page's time is its median over ${c.rounds} rounds (compromise: ${c.compromiseRounds}). Saidby found no article on ${c.noArticle} pages (attribution and compromise are timed on the others).\n\n` +
      table(["", "pages", "median ms", "p95 ms", "mean ms"], CONTENDERS.map((k) => [CONTENDER_LABELS[k], String(c.contenders[k].pages), f(c.contenders[k].medianMs), f(c.contenders[k].p95Ms), f(c.contenders[k].meanMs)])) +
      "\n\n" + table(["ratio (same run)", "median page", "p95 page"], c.ratios.map((x) => [`${x.saidby} / ${x.peer}`, `${f(x.median, 3)} (1/${f(1 / x.median, 1)})`, `${f(x.p95, 3)} (1/${f(1 / x.p95, 1)})`])));
  }
  if (r.browsers) {
    const b = r.browsers;
    parts.push("## In the browser\n\n" + ("pages" in b.chromium
      ? `Chromium (${b.chromium.version}), from a CDP trace of the page's main thread. "Saidby tasks": the top-level tasks that run the content script's code (by script URL, or caught by the trace's sampling profiler: promise continuations carry no URL); the engine runs in the extension's background, off this thread. "To marks": wall clock from the content script's first task to the frame that paints its marks (the engine's round trip included). "Window": every main-thread task in that span, the page's own included. "Forced style" is style and layout the content script made the browser do inside its own tasks; "render" is all style, layout and paint in the window. JS heap added: the live heap after GC with the extension, minus the same page in an incognito tab (extension off).\n\n${chromiumRows(b.chromium.pages)}`
      : `Chromium: ${b.chromium.error}`) +
      "\n\n" + ("pages" in b.firefox
        ? `Firefox (${b.firefox.version}), no tracing over WebDriver BiDi: a probe in the page chains zero-delay message tasks and records how late each runs while Saidby works (warm loads, median).\n\n${firefoxRows(b.firefox.pages)}`
        : `Firefox: ${b.firefox.error}`));
  }
  if (r.scaling) {
    parts.push(`## Scaling in Node (generated articles, extractFromDocument, median of several runs per size)\n\nAgainst article length (one quote paragraph per 100 words):\n\n${seriesTable(r.scaling.length, "words")}\n\nAgainst the number of quotes (about 20,000 words each):\n\n${seriesTable(r.scaling.quotes, "quotes")}`);
  }
  if (r.against) {
    const a = r.against;
    parts.push(`## The engine against ${a.ref}, same process\n\nattribute() on the blocks of ${a.pages} corpus pages, ${a.passes} passes each, old and new alternating (scripts/bench/against.ts):\n\n` +
      table(["", "median pass ms"], [[`engine at ${a.ref}`, f(a.oldMs)], ["engine now", f(a.newMs)], ["now / then", f(a.ratio, 3)]]));
  }
  if (r.archive) {
    parts.push(`## The CLI on WARC.gz archives\n\n\`saidby --json\` on each archive, a child process (${r.archive[0]?.cores ?? "?"} cores); CPU time and peak resident memory are the process's own (every thread). Per core: pages per CPU-second, and the wall-clock rate over the cores (lower on a shared machine).\n\n` +
      table(["archive", "size", "records", "pages", "wall s", "CPU s", "pages/s per core (CPU)", "pages/s per core (wall)", "peak RSS"], r.archive.map((a) => {
        const rate = perCore(a);
        return [a.what, `${f(a.archiveBytes / 2 ** 20, 1)} MiB`, String(a.records), String(a.pages), f(a.wallSeconds, 1), f(a.cpuSeconds, 1), f(rate.cpu, 1), f(rate.wall, 1), `${f(a.maxRssMiB, 0)} MiB`];
      })));
  }
  if (r.size) {
    parts.push("## Size\n\n" + table(["", "raw", "gzip -9"], r.size.map((s) => [s.what, `${kib(s.raw)} (${s.raw} B)`, s.what.endsWith(".zip") ? "(zip)" : `${kib(s.gzip)} (${s.gzip} B)`])));
  }
  return parts.join("\n\n") + "\n";
}

/** Medians of every number across runs of the same shape (strings and booleans from the first run). */
export function mergeRuns(runs: BenchResult[]): BenchResult {
  const merge = (xs: unknown[]): unknown => {
    const first = xs[0];
    if (typeof first === "number") {
      const s = (xs as number[]).filter((x) => typeof x === "number").sort((a, b) => a - b);
      const m = s.length >> 1;
      return s.length % 2 ? s[m] : (s[m - 1]! + s[m]!) / 2;
    }
    if (Array.isArray(first)) return first.map((_, i) => merge(xs.map((x) => (x as unknown[])[i])));
    if (first && typeof first === "object") {
      return Object.fromEntries(Object.keys(first).map((k) => [k, merge(xs.map((x) => (x as Record<string, unknown> | null)?.[k]).filter((v) => v !== undefined))]));
    }
    return first;
  };
  const merged = merge(runs) as BenchResult;
  merged.runs = runs.reduce((s, r) => s + r.runs, 0);
  merged.machine.loadStart = Math.min(...runs.map((r) => r.machine.loadStart));
  merged.machine.loadEnd = Math.max(...runs.map((r) => r.machine.loadEnd));
  return merged;
}
