/**
 * Reads a WARC or WARC.gz stream with warcio (Webrecorder's parser): every
 * HTML response record is one page, its target URI the page's URL. Records are
 * read one at a time, so memory holds one record whatever the archive's size.
 */
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { WARCParser, type WARCRecord } from "warcio";
import { streamHead } from "./stream-head";
import { looksBinary, MAX_PAGE_BYTES, type PageJob, type Skip } from "./page-job";

const GZIP_MAGIC = [0x1f, 0x8b];
/** Inflated bytes per chunk (Node's default is 16 KiB): fewer, larger chunks cost the main thread less per page. */
const GUNZIP_CHUNK_BYTES = 256 << 10;
const HTML_TYPE = /html/iu;
const CHARSET = /charset=["']?([\w-]+)/iu;
/** A body that holds the start of another record: its Content-Length ran past its end. */
const NEXT_RECORD = Buffer.from("\r\nWARC/1.");

export function isGzip(head: Uint8Array): boolean {
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

export function isWarc(head: Uint8Array): boolean {
  return Buffer.from(head.subarray(0, 5)).toString("latin1") === "WARC/";
}

/**
 * The pages of one archive. A record that is not a page is reported to
 * `skip`; an archive that breaks mid-way (truncated gzip, a Content-Length
 * that does not match) ends with one bad skip, keeping every page before it.
 */
export async function* archivePages(input: Readable, file: string, skip: (s: Skip) => void): AsyncGenerator<PageJob> {
  const { head, stream } = await streamHead(input, GZIP_MAGIC.length);
  // Node's zlib reads the one-member-per-record gzip of WARC.gz files natively and much faster than a JS inflater.
  const source = isGzip(head) ? stream.pipe(createGunzip({ chunkSize: GUNZIP_CHUNK_BYTES })) : stream;
  if (source !== stream) stream.on("error", (error) => source.destroy(error));
  let records = 0;
  // warcio warns on the console when a Content-Length falls short of its record, then finds the next one itself.
  const warn = console.warn;
  console.warn = (message: unknown) => skip({ file, reason: "wrong Content-Length", bad: true, detail: `record ${records}: its Content-Length does not match its body (${String(message)})` });
  try {
    for await (const record of WARCParser.iterRecords(source)) {
      if (records === 0 && !record.warcType) throw new Error("no WARC-Type header");
      records++;
      const page = await pageOf(record, file, skip);
      if (page) yield page;
    }
  } catch (error) {
    const what = records === 0 ? "not a WARC archive" : "archive broken";
    skip({ file, reason: what, bad: true, detail: `${what} after ${records} records (${(error as Error).message})` });
  } finally {
    console.warn = warn;
    source.destroy();
    input.destroy();
  }
}

async function pageOf(record: WARCRecord, file: string, skip: (s: Skip) => void): Promise<PageJob | null> {
  const id = record.warcHeader("WARC-Record-ID") ?? null;
  const url = record.warcTargetURI ?? null;
  const quiet = (reason: string): null => (skip({ file, reason, bad: false }), null);
  const bad = (reason: string, detail: string): null => (skip({ file, reason, bad: true, detail: `${url ?? id}: ${detail}` }), null);
  if (!id || !record.warcType) return bad("wrong Content-Length", "a record with broken headers (the record before it may have a wrong Content-Length)");
  if (record.warcType === "revisit") return quiet("revisit");
  if (record.warcType !== "response") return quiet(`${record.warcType} record`);
  if (record.warcHeader("WARC-Truncated")) return quiet("truncated by the crawler");
  const http = record.httpHeaders;
  const status = Number(http?.statusCode);
  if (!(status >= 200 && status < 300)) return quiet("HTTP status not 2xx");
  const contentType = http?.headers.get("content-type") ?? "";
  if (contentType && !HTML_TYPE.test(contentType)) return quiet("not HTML");
  if (record.warcContentLength > MAX_PAGE_BYTES) return bad("too large", `${record.warcContentLength} bytes, over the ${MAX_PAGE_BYTES >> 20} MB limit`);
  const body = await record.readFully(true);
  if (looksBinary(body)) return bad("binary body", "binary body in an HTML response");
  if (Buffer.from(body.buffer, body.byteOffset, body.byteLength).includes(NEXT_RECORD)) return bad("wrong Content-Length", "its Content-Length runs into the next record");
  // Posting a view to a worker copies its whole buffer: a body cut from a larger chunk gets a buffer of its own.
  const own = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength ? body : body.slice();
  return { file, url, record: id, body: own, charset: CHARSET.exec(contentType)?.[1] ?? null };
}
