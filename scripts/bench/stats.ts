/** Small statistics for the benchmark: order statistics and straight-line fits. */

/** The q-quantile (0…1) by linear interpolation between order statistics; 0 for no data. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo]! + (s[hi]! - s[lo]!) * (at - lo);
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);
export const p95 = (xs: readonly number[]): number => quantile(xs, 0.95);

export interface LineFit {
  /** y = intercept + slope · x */
  slope: number;
  intercept: number;
  /** Coefficient of determination: 1 is a perfect line. */
  r2: number;
}

/** Least-squares line through (x, y). */
export function fitLine(xs: readonly number[], ys: readonly number[]): LineFit {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: my - slope * mx, r2: sxx === 0 || syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) };
}

/** Slope of log(y) against log(x): 1 is linear growth, 2 quadratic. */
export function logLogSlope(xs: readonly number[], ys: readonly number[]): LineFit {
  return fitLine(xs.map(Math.log), ys.map((y) => Math.log(Math.max(y, 1e-6))));
}
