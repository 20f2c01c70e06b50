/**
 * What a run over many pages did: counts, a progress line on stderr while it
 * runs (on a terminal), one line per bad input, and the summary at the end.
 */
import { performance } from "node:perf_hooks";
import type { Skip } from "./page-job";
import type { PageOutcome } from "./pool";

/** Redrawn at most this often, so a fast run does not spend its time drawing. */
const PROGRESS_INTERVAL_MS = 200;

export class Tally {
  pages = 0;
  articles = 0;
  quotes = 0;
  readonly skipped = new Map<string, number>();
  readonly failed = new Map<string, number>();
  private readonly started = performance.now();
  private lastDrawn = 0;
  private readonly live: boolean;

  /** `inputShare`: how much of the input has been read, 0..1, when its size is known. */
  constructor(private readonly inputShare: () => number | null) {
    this.live = Boolean(process.stderr.isTTY);
  }

  skip(s: Skip): void {
    if (!s.bad) {
      count(this.skipped, s.reason);
      return;
    }
    count(this.failed, s.reason);
    this.say(`${s.file}: ${s.detail ?? s.reason}`);
  }

  page(outcome: PageOutcome): void {
    if ("error" in outcome) {
      count(this.failed, "page not read");
      this.say(outcome.error);
      return;
    }
    this.pages++;
    if (outcome.attribution) {
      this.articles++;
      this.quotes += outcome.attribution.quotes.length;
    }
    this.draw();
  }

  get failures(): number {
    return [...this.failed.values()].reduce((a, b) => a + b, 0);
  }

  /** The end of the run, for stderr. */
  summary(): string {
    const seconds = (performance.now() - this.started) / 1000;
    const lines = [`${this.pages} pages read in ${seconds.toFixed(1)} s (${this.rate().toFixed(1)} pages/s): ${this.articles} articles, ${this.quotes} quotes`];
    if (this.skipped.size > 0) lines.push(`skipped ${listed(this.skipped)}`);
    if (this.failed.size > 0) lines.push(`failed ${listed(this.failed)}`);
    return lines.map((l) => `saidby: ${l}\n`).join("");
  }

  private rate(): number {
    return this.pages / Math.max(1e-3, (performance.now() - this.started) / 1000);
  }

  private say(line: string): void {
    if (this.live) process.stderr.write("\r\x1b[K");
    process.stderr.write(`saidby: ${line}\n`);
  }

  private draw(): void {
    const now = performance.now();
    if (!this.live || now - this.lastDrawn < PROGRESS_INTERVAL_MS) return;
    this.lastDrawn = now;
    const share = this.inputShare();
    process.stderr.write(`\r\x1b[K${this.pages} pages, ${this.rate().toFixed(0)} pages/s${share === null ? "" : `, ${Math.floor(share * 100)}% of the input read`}`);
  }

  /** Clears the progress line before the summary. */
  finish(): void {
    if (this.live) process.stderr.write("\r\x1b[K");
  }
}

function count(map: Map<string, number>, reason: string): void {
  map.set(reason, (map.get(reason) ?? 0) + 1);
}

function listed(map: Map<string, number>): string {
  const total = [...map.values()].reduce((a, b) => a + b, 0);
  return `${total}: ${[...map].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${n} ${reason}`).join(", ")}`;
}
