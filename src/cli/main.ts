/**
 * saidby [--json|--csv|--article] <file.html|file.txt|folder|->
 *
 * One page: prints a table (or JSON, CSV rows, the article text).
 * A folder: every .html/.htm/.txt in it, on all cores, one result per page
 * (JSON Lines with --json), a progress bar on stderr when it is a terminal.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fromBuffer, InputError, loadFile, type PageResult } from "./load";
import { csvRows, CSV_HEADER, table } from "./format";
import { processFolder } from "./folder";

type Mode = "table" | "json" | "csv" | "article";

const USAGE = `usage: saidby [--json|--csv|--article] <file.html|file.txt|folder|->
  --json     the Attribution object (JSON Lines for a folder)
  --csv      one row per quote
  --article  the article text the engine read`;

const PAGE_FILE = /\.(html?|xhtml|txt)$/iu;

async function main(argv: string[]): Promise<number> {
  const flags = argv.filter((a) => a.startsWith("--"));
  const inputs = argv.filter((a) => !a.startsWith("--") || a === "-");
  if (flags.includes("--help") || inputs.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return flags.includes("--help") ? 0 : 2;
  }
  const unknown = flags.filter((f) => !["--json", "--csv", "--article", "--help"].includes(f));
  if (unknown.length > 0) throw new InputError(`unknown option ${unknown[0]}\n${USAGE}`);
  const mode: Mode = flags.includes("--json") ? "json" : flags.includes("--csv") ? "csv" : flags.includes("--article") ? "article" : "table";
  const input = inputs[0]!;

  if (input === "-") {
    print(mode, fromBuffer(readFileSync(0), "stdin.html"), true);
    return 0;
  }
  let isFolder = false;
  try {
    isFolder = statSync(input).isDirectory();
  } catch {
    throw new InputError(`${input}: no such file or folder`);
  }
  if (!isFolder) {
    print(mode, loadFile(input), true);
    return 0;
  }
  const files = readdirSync(input, { recursive: true, encoding: "utf8" })
    .filter((f) => PAGE_FILE.test(f))
    .sort()
    .map((f) => path.join(input, f));
  if (files.length === 0) throw new InputError(`${input}: no .html or .txt pages in this folder`);
  if (mode === "csv") process.stdout.write(`${CSV_HEADER.join(",")}\n`);
  let failures = 0;
  await processFolder(files, (result) => {
    if ("error" in result) {
      failures++;
      process.stderr.write(`saidby: ${result.error}\n`);
    } else print(mode, result, false);
  });
  return failures > 0 ? 1 : 0;
}

function print(mode: Mode, result: PageResult, single: boolean): void {
  const out = process.stdout;
  const a = result.attribution;
  switch (mode) {
    case "json":
      out.write(`${JSON.stringify(single ? a : { file: result.file, attribution: a }, null, single ? 2 : undefined)}\n`);
      return;
    case "csv":
      if (single) out.write(`${CSV_HEADER.join(",")}\n`);
      if (a) for (const row of csvRows(a, result.file)) out.write(`${row}\n`);
      return;
    case "article":
      out.write(`${single ? "" : `== ${result.file}\n`}${result.articleText}\n`);
      return;
    case "table":
      out.write(a ? `${table(a, result.file)}\n\n` : `${result.file}: not an article, nothing to attribute\n\n`);
  }
}

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
