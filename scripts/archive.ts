/**
 * npm run archive -- corpus <out.warc.gz> [copies]  the 168 article corpus pages, one response record each,
 *                                                     written `copies` times (180 make a 1 GB archive, for the memory run)
 * npm run archive -- synthetic <pages> <out.warc.gz>  generated news pages (and, as in a real crawl, an image
 *                                                     every 50 pages and a revisit every 100), for speed and memory runs
 * Each page's response follows its request record, one gzip member per record, as crawlers write them.
 */
import { ArchiveFile } from "./archive/warc-writer";
import { corpusPages } from "./archive/corpus-pages";
import { writeSynthetic } from "./archive/synthetic";

async function main(args: string[]): Promise<void> {
  const [what, ...rest] = args;
  if (what === "corpus" && (rest.length === 1 || rest.length === 2)) {
    const out = new ArchiveFile(rest[0]!);
    const pages = corpusPages(process.cwd());
    const copies = Number(rest[1] ?? 1);
    for (let copy = 0; copy < copies; copy++) for (const page of pages) await out.add(page);
    await out.close();
    return;
  }
  if (what === "synthetic" && rest.length === 2) {
    await writeSynthetic(Number(rest[0]), rest[1]!);
    return;
  }
  console.error("usage: npm run archive -- corpus <out.warc.gz> [copies] | synthetic <pages> <out.warc.gz>");
  process.exitCode = 2;
}

await main(process.argv.slice(2));
