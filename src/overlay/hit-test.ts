/**
 * Which quote is under the pointer: the pointer position against each quote
 * range's client rects. Rects are measured lazily and cached until the page
 * scrolls or resizes (the caller calls `invalidate()`), so a pointer move costs
 * a few comparisons, not a layout.
 */

/** Extra pixels around each line box, so the card does not flicker at a line's edge. */
const SLOP_PX = 2;

export interface HitTester {
  /** Index of the quote under (x, y) in viewport coordinates, or -1. */
  at(x: number, y: number): number;
  /** The line box of quote `index` nearest to y (for placing the card), or null. */
  rectNear(index: number, y: number): DOMRect | null;
  /** Bounding box of quote `index`, or null. */
  bounds(index: number): DOMRect | null;
  invalidate(): void;
}

interface Measured {
  bounds: DOMRect;
  rects: DOMRect[];
}

function inside(r: DOMRect, x: number, y: number): boolean {
  return x >= r.left - SLOP_PX && x <= r.right + SLOP_PX && y >= r.top - SLOP_PX && y <= r.bottom + SLOP_PX;
}

export function createHitTester(ranges: readonly Range[]): HitTester {
  let cache: Measured[] | null = null;
  const measure = (): Measured[] =>
    (cache ??= ranges.map((range) => ({
      bounds: range.getBoundingClientRect(),
      rects: Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0),
    })));

  return {
    at(x, y) {
      const all = measure();
      for (let i = 0; i < all.length; i++) {
        const m = all[i]!;
        if (inside(m.bounds, x, y) && m.rects.some((r) => inside(r, x, y))) return i;
      }
      return -1;
    },
    rectNear(index, y) {
      const m = measure()[index];
      if (!m || m.rects.length === 0) return null;
      let best = m.rects[0]!;
      for (const r of m.rects) if (Math.abs(r.top + r.height / 2 - y) < Math.abs(best.top + best.height / 2 - y)) best = r;
      return best;
    },
    bounds(index) {
      return measure()[index]?.bounds ?? null;
    },
    invalidate() {
      cache = null;
    },
  };
}
