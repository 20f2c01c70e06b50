/**
 * Writes WARC.gz archives the way crawlers do (warcio's serializer, one gzip
 * member per record, a request record before each response), for the CLI's
 * tests, the bench and `npm run archive`.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { WARCRecord, WARCSerializer } from "warcio";

const encoder = new TextEncoder();

export interface ArchivePage {
  url: string;
  /** The HTTP body as it was served. */
  body: string | Uint8Array;
  contentType?: string;
  /** Record type: a crawler writes a revisit for a page it saw before. */
  type?: "response" | "revisit";
}

/** The request and response records of one page; gzip: one member per record, as in a .warc.gz. */
export async function warcRecords(page: ArchivePage, gzip = true): Promise<Uint8Array[]> {
  const body = typeof page.body === "string" ? encoder.encode(page.body) : page.body;
  const request = WARCRecord.create({ url: page.url, type: "request", warcVersion: "WARC/1.1", statusline: `GET ${new URL(page.url).pathname} HTTP/1.1`, httpHeaders: { Host: new URL(page.url).host } }, []);
  const response = WARCRecord.create(
    { url: page.url, type: page.type ?? "response", warcVersion: "WARC/1.1", httpHeaders: { "Content-Type": page.contentType ?? "text/html; charset=utf-8" } },
    page.type === "revisit" ? [] : [body],
  );
  return [await WARCSerializer.serialize(request, { gzip }), await WARCSerializer.serialize(response, { gzip })];
}

/** Streams records to a file, waiting for the disk when it falls behind. */
export class ArchiveFile {
  private readonly out: WriteStream;
  constructor(file: string) {
    this.out = createWriteStream(file);
  }
  async add(page: ArchivePage): Promise<void> {
    for (const bytes of await warcRecords(page)) if (!this.out.write(bytes)) await once(this.out, "drain");
  }
  async close(): Promise<void> {
    this.out.end();
    await once(this.out, "finish");
  }
}
