/**
 * A synthetic crawl of any size: generated news pages (scripts/bench/generate.ts),
 * each with its request record, and, as in a real crawl, an image every 50 pages
 * and a revisit every 100. For the memory and speed runs of the CLI.
 */
import { ArchiveFile } from "./warc-writer";
import { generateArticle } from "../bench/generate";

/** Words and quotes of a generated page: about the median annotated article. */
const SYNTHETIC_WORDS = 700;
const SYNTHETIC_QUOTES = 7;
const IMAGE_EVERY = 50;
const REVISIT_EVERY = 100;

/** Records written: about 2.03 per page. */
export async function writeSynthetic(pages: number, file: string): Promise<void> {
  const out = new ArchiveFile(file);
  for (let i = 0; i < pages; i++) {
    const url = `https://daily-planet.example/news/${i}`;
    await out.add({ url, body: generateArticle(SYNTHETIC_WORDS, SYNTHETIC_QUOTES, i + 1).html });
    if (i % IMAGE_EVERY === 0) await out.add({ url: `${url}.png`, body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), contentType: "image/png" });
    if (i % REVISIT_EVERY === 0) await out.add({ url, body: "", type: "revisit" });
  }
  await out.close();
}

