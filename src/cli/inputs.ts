/**
 * What the CLI was given, as one stream of pages: saved pages, WARC and
 * WARC.gz archives, JSON Lines files, folders of any of them, or standard input.
 */
import { createReadStream, readdirSync, statSync, type ReadStream } from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { archivePages, isGzip, isWarc } from "./archive";
import { jsonLinePages } from "./json-lines";
import { InputError } from "./load";
import type { PageJob, Skip } from "./page-job";
import { streamHead } from "./stream-head";

export type InputKind = "page" | "archive" | "json-lines";

export interface Input {
  kind: InputKind;
  file: string;
  /** Standard input, already started; a file is opened when its turn comes. */
  stream?: Readable;
}

const PAGE_FILE = /\.(html?|xhtml|txt)$/iu;
const ARCHIVE_FILE = /\.warc(\.gz)?$/iu;
const JSON_LINES_FILE = /\.(jsonl|ndjson)$/iu;
/** Enough of standard input to tell an archive, JSON Lines and a page apart. */
const HEAD_BYTES = 8;

export const STDIN_NAME = "stdin";

/** A file or folder argument as inputs; a folder yields every page, archive and JSON Lines file in it. */
export function inputsOf(arg: string): Input[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(arg).isDirectory();
  } catch {
    throw new InputError(`${arg}: no such file or folder`);
  }
  if (!isFolder) return [{ kind: kindOf(arg) ?? "page", file: arg }];
  const inputs = readdirSync(arg, { recursive: true, encoding: "utf8" })
    .sort()
    .flatMap((f) => {
      const kind = kindOf(f);
      return kind ? [{ kind, file: path.join(arg, f) }] : [];
    });
  if (inputs.length === 0) throw new InputError(`${arg}: no pages (.html, .txt), archives (.warc, .warc.gz) or JSON Lines (.jsonl) in this folder`);
  return inputs;
}

function kindOf(file: string): InputKind | null {
  return ARCHIVE_FILE.test(file) ? "archive" : JSON_LINES_FILE.test(file) ? "json-lines" : PAGE_FILE.test(file) ? "page" : null;
}

/** Standard input, told apart by its first bytes: a (gzipped) archive, JSON Lines, or else one page. */
export async function stdinInput(): Promise<Input> {
  const { head, stream } = await streamHead(process.stdin, HEAD_BYTES);
  const kind: InputKind = isGzip(head) || isWarc(head) ? "archive" : head.toString("latin1").trimStart().startsWith("{") ? "json-lines" : "page";
  return { kind, file: STDIN_NAME, stream };
}

/** How far through the input files the run is, by bytes, for the progress line. */
export class InputMeter {
  private total = 0;
  private done = 0;
  private reading: ReadStream | null = null;

  constructor(inputs: readonly Input[]) {
    for (const input of inputs) if (!input.stream) this.total += statSync(input.file).size;
  }

  open(file: string): ReadStream {
    this.close();
    this.reading = createReadStream(file);
    return this.reading;
  }

  counted(file: string): void {
    this.done += statSync(file).size;
  }

  close(): void {
    if (this.reading) this.done += this.reading.bytesRead;
    this.reading = null;
  }

  share(): number | null {
    return this.total > 0 ? (this.done + (this.reading?.bytesRead ?? 0)) / this.total : null;
  }
}

/** Every page of every input, in order, reading each input only as fast as pages are taken. */
export async function* pageJobs(inputs: readonly Input[], meter: InputMeter, skip: (s: Skip) => void): AsyncGenerator<PageJob> {
  for (const input of inputs) {
    if (input.kind === "page") {
      yield { file: input.file };
      meter.counted(input.file);
      continue;
    }
    const stream = input.stream ?? meter.open(input.file);
    if (input.kind === "json-lines") yield* jsonLinePages(stream, input.file, skip);
    else yield* archivePages(stream, input.file, skip);
    meter.close();
  }
}
