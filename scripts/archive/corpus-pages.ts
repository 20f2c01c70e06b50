/** The article corpus's 168 saved pages, with the URL each was saved from. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { ArchivePage } from "./warc-writer";

export interface CorpusPage extends ArchivePage {
  id: string;
  body: Uint8Array;
}

export function corpusPages(root: string): CorpusPage[] {
  const dir = path.join(root, "tests/corpus/articles");
  const truth = JSON.parse(readFileSync(path.join(dir, "ground-truth.json"), "utf8")) as Record<string, { url?: string }>;
  return readdirSync(path.join(dir, "html"))
    .filter((f) => f.endsWith(".html.gz"))
    .sort()
    .map((f) => {
      const id = f.replace(/\.html\.gz$/u, "");
      return { id, url: truth[id]?.url ?? `https://quill.example/${id}`, body: gunzipSync(readFileSync(path.join(dir, "html", f))) };
    });
}
