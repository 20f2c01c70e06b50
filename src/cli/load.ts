/**
 * Reads one saved page (HTML, or plain text with one paragraph per block)
 * and runs the same page layer and engine as the extension on it.
 */
import { readFileSync, statSync } from "node:fs";
import { attribute } from "../core/attribute";
import type { Attribution, TextBlock } from "../core/attribution";
import { extractFromDocument } from "../page/extract";
import { looksBinary } from "./page-job";
import type { PageSource } from "./page-text";
import { parsePage, type PageDocument } from "./page-tree";

export interface PageResult {
  file: string;
  /** Where the page came from, when an archive or a JSON line said so (a saved file's own canonical URL is in the attribution). */
  url: string | null;
  /** The archive's WARC-Record-ID, or a JSON line's id. */
  record: string | null;
  /** null: the page is not an article. */
  attribution: Attribution | null;
  /** The article text the engine read, one block per line. */
  articleText: string;
}

/** A user-facing failure: printed as one line, exit code 1. */
export class InputError extends Error {}

export function loadFile(file: string): PageResult {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new InputError(`${file}: no such file`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a folder (give the folder itself to process every page in it)`);
  return fromBuffer(readFileSync(file), file);
}

export function fromBuffer(buffer: Buffer, file: string): PageResult {
  if (looksBinary(buffer)) throw new InputError(`${file}: binary file, not HTML or text`);
  const source = buffer.toString("utf8");
  if (/\.txt$/iu.test(file)) return fromText(source, file);
  if (!/<[a-z!][^>]*>/iu.test(source.slice(0, 1 << 20))) throw new InputError(`${file}: not HTML (no tags found); plain text files must end in .txt`);
  return fromHtml(source, file);
}

/**
 * `html`: the page, whole, in pieces as `decodePieces` cuts it, or valid UTF-8 bytes (`pageSource`). `url` and `record`: where an archive or
 * a JSON line says the page came from; else the page's canonical link is its URL.
 */
export function fromHtml(html: PageSource, file: string, url: string | null = null, record: string | null = null): PageResult {
  const document = parsePage(html);
  const page = extractFromDocument(document as unknown as Document, url ?? canonicalUrl(document));
  if (!page) return { file, url, record, attribution: null, articleText: "" };
  return { file, url, record, attribution: page.attribution, articleText: page.blocks.map((b) => b.text).join("\n") };
}

/** Plain text: the first line is the title, then one paragraph per line or blank-line-separated block. */
export function fromText(text: string, file: string): PageResult {
  const blocks = textBlocks(text);
  const attribution = attribute(blocks, { url: null, title: blocks[0]?.text ?? null });
  return { file, url: null, record: null, attribution, articleText: blocks.map((b) => b.text).join("\n") };
}

/** Plain text as the engine's blocks: the first line the title, then one paragraph per non-empty line. */
export function textBlocks(text: string): TextBlock[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.replace(/\s+/gu, " ").trim())
    .filter(Boolean)
    .map((line, i) => ({ text: line, kind: i === 0 ? "heading" : "paragraph" }));
}

/** The first `link[rel="canonical"]`'s href, else the first `meta[property="og:url"]`'s content (rel compared as selectors do in HTML: in any case). */
function canonicalUrl(doc: PageDocument): string | null {
  const link = doc.getElementsByTagName("link").find((l) => l.getAttribute("rel")?.toLowerCase() === "canonical")?.getAttribute("href")
    ?? doc.getElementsByTagName("meta").find((m) => m.getAttribute("property") === "og:url")?.getAttribute("content");
  return link || null;
}
