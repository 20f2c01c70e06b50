/** What the CLI's inputs hand to the workers, and what they report when they cannot. */

/**
 * A page to read: a saved file (read by the worker), HTML already in hand (a JSON line), or an archive
 * record's body as bytes with its declared charset: the worker decodes it (page-text.ts), so the main thread, which
 * reads the archive for every worker, neither decodes pages nor copies them as strings.
 */
export type PageJob =
  | { file: string }
  | { file: string; url: string | null; record: string | null; html: string }
  | { file: string; url: string | null; record: string | null; body: Uint8Array; charset: string | null };

/**
 * An input item that is not a page. `bad` ones (broken archives, binary bodies,
 * oversized records) get a line on stderr; the rest (requests, revisits,
 * images…) are only counted, as an archive holds many of them by design.
 */
export interface Skip {
  file: string;
  reason: string;
  bad: boolean;
  /** For the stderr line: which record, what was wrong. */
  detail?: string;
}

/** A record or JSON line larger than this is skipped: memory stays bounded whatever the archive holds. */
export const MAX_PAGE_BYTES = 16 << 20;

/** Bytes inspected to tell binary bodies from text. */
export const SNIFF_BYTES = 8192;

export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}
