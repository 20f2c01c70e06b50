/** Processes many pages on all cores with worker threads, results in input order. */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { PageResult } from "./load";

export type FolderResult = PageResult | { file: string; error: string };

/** Redrawn at most this often, so a fast run does not spend its time drawing. */
const PROGRESS_INTERVAL_MS = 100;
const PROGRESS_WIDTH = 30;

export async function processFolder(files: readonly string[], emit: (r: FolderResult) => void): Promise<void> {
  const workerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), "worker.js");
  const poolSize = Math.max(1, Math.min(availableParallelism(), files.length));
  const results: (FolderResult | undefined)[] = new Array(files.length);
  let nextToEmit = 0;
  let nextToStart = 0;
  let done = 0;
  const progress = process.stderr.isTTY ? new Progress(files.length) : null;

  const flush = (): void => {
    while (nextToEmit < files.length && results[nextToEmit]) {
      emit(results[nextToEmit]!);
      results[nextToEmit] = undefined;
      nextToEmit++;
    }
  };

  await Promise.all(
    Array.from({ length: poolSize }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerFile);
        let current = -1;
        const startNext = (): void => {
          if (nextToStart >= files.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          current = nextToStart++;
          worker.postMessage(files[current]);
        };
        worker.on("message", (result: FolderResult) => {
          results[current] = result;
          done++;
          progress?.update(done);
          flush();
          startNext();
        });
        worker.on("error", (error) => {
          // A page that kills its worker (out of memory) is reported; the others go on.
          results[current] = { file: files[current] ?? "?", error: `${files[current]}: ${error.message}` };
          done++;
          flush();
          reject(error);
        });
        startNext();
      }),
    ),
  ).finally(() => progress?.finish());
}

class Progress {
  private last = 0;
  constructor(private readonly total: number) {}
  update(done: number): void {
    const now = Date.now();
    if (now - this.last < PROGRESS_INTERVAL_MS && done < this.total) return;
    this.last = now;
    const filled = Math.round((done / this.total) * PROGRESS_WIDTH);
    process.stderr.write(`\r[${"#".repeat(filled)}${" ".repeat(PROGRESS_WIDTH - filled)}] ${done}/${this.total}`);
  }
  finish(): void {
    process.stderr.write("\r\x1b[K");
  }
}
