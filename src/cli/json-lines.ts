/** Reads pages given as JSON Lines, `{"url": …, "html": …}` one per line (an `id` is kept as the record id). */
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { MAX_PAGE_BYTES, SNIFF_BYTES, type PageJob, type Skip } from "./page-job";

export async function* jsonLinePages(stream: Readable, file: string, skip: (s: Skip) => void): AsyncGenerator<PageJob> {
  let lineNumber = 0;
  const bad = (reason: string): void => skip({ file, reason, bad: true, detail: `line ${lineNumber}: ${reason}` });
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    if (line.length > MAX_PAGE_BYTES) {
      bad("too large");
      continue;
    }
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch {
      bad("not JSON");
      continue;
    }
    const { url, html, id } = (item ?? {}) as { url?: unknown; html?: unknown; id?: unknown };
    if (typeof html !== "string") {
      bad("no \"html\" string");
      continue;
    }
    if (html.slice(0, SNIFF_BYTES).includes("\0")) {
      bad("binary body");
      continue;
    }
    yield { file, url: typeof url === "string" ? url : null, record: typeof id === "string" || typeof id === "number" ? String(id) : null, html };
  }
}
