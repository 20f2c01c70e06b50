/**
 * The article-extraction benchmark's metric (Scrapinghub): texts → words
 * (\w+, Unicode, case kept) → multisets of word 4-shingles; per page
 * precision and recall, each averaged over pages, F1 from the two averages.
 */

/** The benchmark's shingle size. */
const SHINGLE = 4;
/** Python's \w with re.UNICODE: letters, digits, underscore. */
const WORD = /[\p{L}\p{N}_]+/gu;

export interface Counts { tp: number; fp: number; fn: number; }

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

function shingles(text: string): Map<string, number> {
  const words = text.match(WORD) ?? [];
  const out = new Map<string, number>();
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const s = words.slice(i, i + SHINGLE).join(" ");
    if (s) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

export function match(truth: string, pred: string): Counts {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const [s, c] of p) {
    const inT = t.get(s) ?? 0;
    tp += Math.min(c, inT);
    fp += Math.max(0, c - inT);
  }
  for (const [s, c] of t) fn += Math.max(0, c - (p.get(s) ?? 0));
  return { tp, fp, fn };
}

/** As the benchmark: a page with nothing to find and nothing found is perfect. */
export function precision(c: Counts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  return c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
}
export function recall(c: Counts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  return c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
export const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
