/**
 * Reads pages on all cores with worker threads. Pages stream in from any
 * input and results stream out in input order; at most a few pages per worker
 * are in flight, so memory stays bounded however many pages come.
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { PageResult } from "./load";
import type { PageJob } from "./page-job";

export type PageOutcome = PageResult | { file: string; url: string | null; record: string | null; error: string };

/** Pages queued at each worker: the next one is there as soon as it finishes one, while the main thread reads on. */
const PAGES_PER_WORKER = 2;

type Settle = (n: number, outcome: PageOutcome) => void;

/** One worker and the pages sent to it, oldest first: a worker answers in the order it was sent pages. */
class Slot {
  readonly queue: Array<{ n: number; job: PageJob }> = [];
  private worker: Worker;

  constructor(private readonly workerFile: string, private readonly settle: Settle) {
    this.worker = this.start();
  }

  send(n: number, job: PageJob): void {
    this.queue.push({ n, job });
    this.worker.postMessage(job);
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.workerFile);
    for (const { job } of this.queue) worker.postMessage(job);
    worker.on("message", (result: PageOutcome) => this.settle(this.queue.shift()!.n, result));
    worker.on("error", (error) => {
      // A page that kills its worker (out of memory) is reported; a new worker takes the pages queued behind it.
      const { n, job } = this.queue.shift()!;
      this.worker = this.start();
      this.settle(n, { file: job.file, url: "url" in job ? job.url : null, record: "record" in job ? job.record : null, error: `${job.file}: ${error.message}` });
    });
    return worker;
  }
}

export async function processPages(jobs: AsyncIterable<PageJob>, emit: (outcome: PageOutcome) => void): Promise<void> {
  const workerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), "worker.js");
  const finished = new Map<number, PageOutcome>();
  let nextToEmit = 0;
  let started = 0;
  let wake: (() => void) | null = null;
  const settle = (n: number, outcome: PageOutcome): void => {
    finished.set(n, outcome);
    while (finished.has(nextToEmit)) {
      emit(finished.get(nextToEmit)!);
      finished.delete(nextToEmit++);
    }
    wake?.();
    wake = null;
  };
  const slots = Array.from({ length: Math.max(1, availableParallelism()) }, () => new Slot(workerFile, settle));
  const until = async (ready: () => boolean): Promise<void> => {
    while (!ready()) await new Promise<void>((resolve) => (wake = resolve));
  };
  const shortest = (): Slot => slots.reduce((a, b) => (b.queue.length < a.queue.length ? b : a));

  try {
    for await (const job of jobs) {
      await until(() => shortest().queue.length < PAGES_PER_WORKER);
      shortest().send(started++, job);
    }
    await until(() => nextToEmit === started);
  } finally {
    await Promise.all(slots.map((s) => s.stop()));
  }
}
