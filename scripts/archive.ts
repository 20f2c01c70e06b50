/**
 * npm run archive -- corpus <out.warc.gz>          the 168 article corpus pages, one response record each
 * npm run archive -- synthetic <pages> <out.warc.gz>  generated news pages (and, as in a real crawl, an image
 *                                                     every 50 pages and a revisit every 100), for speed and memory runs
 * Each page's response follows its request record, one gzip member per record, as crawlers write them.
 */
import { ArchiveFile } from "./archive/warc-writer";
import { corpusPages } from "./archive/corpus-pages";
import { generateArticle } from "./bench/generate";

/** Words and quotes of a generated page: about the median annotated article. */
const SYNTHETIC_WORDS = 700;
const SYNTHETIC_QUOTES = 7;
const IMAGE_EVERY = 50;
const REVISIT_EVERY = 100;

async function main(args: string[]): Promise<void> {
  const [what, ...rest] = args;
  if (what === "corpus" && rest.length === 1) {
    const out = new ArchiveFile(rest[0]!);
    for (const page of corpusPages(process.cwd())) await out.add(page);
    await out.close();
    return;
  }
  if (what === "synthetic" && rest.length === 2) {
    await writeSynthetic(Number(rest[0]), rest[1]!);
    return;
  }
  console.error("usage: npm run archive -- corpus <out.warc.gz> | synthetic <pages> <out.warc.gz>");
  process.exitCode = 2;
}

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

await main(process.argv.slice(2));
