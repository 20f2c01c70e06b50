/**
 * saidby [--json|--quotes|--csv|--article] <input…>
 *
 * One page (a saved .html or .txt file, or a page on standard input): prints
 * a table, or JSON, CSV rows, the article text.
 * Many pages (folders, WARC / WARC.gz archives, JSON Lines files, or an archive
 * or JSON Lines on standard input): every page on all cores, one result per
 * page streamed in input order (JSON Lines with --json, one line per quote with
 * --quotes), a progress line on stderr when it is a terminal, a summary at the end.
 */
import { once } from "node:events";
import { buffer } from "node:stream/consumers";
import { fromBuffer, InputError, loadFile, type PageResult } from "./load";
import { csvRows, CSV_HEADER, quoteRows, table } from "./format";
import { processPages } from "./pool";
import { InputMeter, inputsOf, pageJobs, stdinInput, STDIN_NAME, type Input } from "./inputs";
import type { PageJob } from "./page-job";
import { Tally } from "./tally";

type Mode = "table" | "json" | "quotes" | "csv" | "article";

const USAGE = `usage: saidby [--json|--quotes|--csv|--article] <input…>
  input      a page (.html, .txt), an archive (.warc, .warc.gz), JSON Lines (.jsonl:
             {"url": …, "html": …} a line), a folder of any of them, or - for standard input
  --json     the Attribution object (JSON Lines, one page a line, for many pages)
  --quotes   JSON Lines, one quote (or reported statement, by its kind) a line: speaker, role, affiliation, page URL
  --csv      one row per quote
  --article  the article text the engine read`;

const MODES: Record<string, Mode> = { "--json": "json", "--quotes": "quotes", "--csv": "csv", "--article": "article" };

async function main(argv: string[]): Promise<number> {
  const flags = argv.filter((a) => a.startsWith("--"));
  const args = argv.filter((a) => !a.startsWith("--") || a === "-");
  if (flags.includes("--help") || args.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return flags.includes("--help") ? 0 : 2;
  }
  const unknown = flags.filter((f) => !(f in MODES) && f !== "--help");
  if (unknown.length > 0) throw new InputError(`unknown option ${unknown[0]}\n${USAGE}`);
  const mode: Mode = flags.map((f) => MODES[f]).find(Boolean) ?? "table";

  let inputs: Input[];
  if (args.length === 1 && args[0] === "-") {
    const stdin = await stdinInput();
    if (stdin.kind === "page") {
      print(mode, fromBuffer(await buffer(stdin.stream!), `${STDIN_NAME}.html`), true);
      return 0;
    }
    inputs = [stdin];
  } else {
    if (args.includes("-")) throw new InputError("standard input (-) cannot be mixed with files");
    inputs = args.flatMap(inputsOf);
    if (inputs.length === 1 && inputs[0]!.kind === "page" && inputs[0]!.file === args[0]) {
      print(mode, loadFile(args[0]), true);
      return 0;
    }
  }

  const meter = new InputMeter(inputs);
  const tally = new Tally(() => meter.share());
  if (mode === "csv") process.stdout.write(`${CSV_HEADER.join(",")}\n`);
  await processPages(keepingUpWithOutput(pageJobs(inputs, meter, (skip) => tally.skip(skip))), (outcome) => {
    tally.page(outcome);
    if (!("error" in outcome)) print(mode, outcome, false);
  });
  tally.finish();
  process.stderr.write(tally.summary());
  return tally.failures > 0 ? 1 : 0;
}

/** Takes no new page while stdout is behind (a slow pipe): results never pile up in memory. */
async function* keepingUpWithOutput(jobs: AsyncIterable<PageJob>): AsyncGenerator<PageJob> {
  for await (const job of jobs) {
    if (process.stdout.writableNeedDrain) await once(process.stdout, "drain");
    yield job;
  }
}

function print(mode: Mode, result: PageResult, single: boolean): void {
  const out = process.stdout;
  const a = result.attribution;
  switch (mode) {
    case "json":
      out.write(`${JSON.stringify(single ? a : { file: result.file, url: result.url, record: result.record, attribution: a }, null, single ? 2 : undefined)}\n`);
      return;
    case "quotes":
      if (a) for (const row of quoteRows(a)) out.write(`${JSON.stringify({ file: result.file, url: result.url ?? a.url, record: result.record, ...row })}\n`);
      return;
    case "csv":
      if (single) out.write(`${CSV_HEADER.join(",")}\n`);
      // A page from an archive is known by its URL; a saved file by its name.
      if (a) for (const row of csvRows(a, result.url ?? result.file)) out.write(`${row}\n`);
      return;
    case "article":
      out.write(`${single ? "" : `== ${result.file}\n`}${result.articleText}\n`);
      return;
    case "table":
      out.write(a ? `${table(a, result.file)}\n\n` : `${result.file}: not an article, nothing to attribute\n\n`);
  }
}

// A reader that stops early (`| head`) ends the run quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof InputError) process.stderr.write(`saidby: ${error.message}\n`);
    else if (error instanceof RangeError || (error as { code?: string })?.code === "ERR_STRING_TOO_LONG") process.stderr.write(`saidby: out of memory reading the input\n`);
    else process.stderr.write(`saidby: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
