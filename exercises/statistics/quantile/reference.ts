import { sortedCopy } from "../reference-steps";

/** Throws on an empty sample or q outside [0, 1]. */
function checkArguments(x: number[], q: number): void {
  if (x.length === 0) throw new Error("quantile of an empty sample is undefined");
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile: q must lie in [0, 1], got ${q}`);
}

/** The 0-based virtual index h = (n - 1) q of the q-quantile among n order statistics. */
function virtualIndex(n: number, q: number): number {
  return (n - 1) * q;
}

/** The value at virtual index h: linear interpolation between sorted[floor(h)] and the next one. */
function interpolate(sorted: number[], h: number): number {
  const n = sorted.length;
  const lo = Math.floor(h);
  if (lo >= n - 1) return sorted[n - 1];
  const t = h - lo;
  const a = sorted[lo];
  const b = sorted[lo + 1];
  // t = 0 (or a tie) returns the order statistic itself: no 0 * (b - a) rounding, no 0 * Infinity.
  if (t === 0 || a === b) return a;
  return a + (b - a) * t;
}

/**
 * Quantile with linear interpolation between order statistics (numpy's default, Hyndman-Fan
 * type 7): virtual index h = (n - 1) q on the sorted copy, interpolated between its neighbours.
 */
export function quantile(x: number[], q: number): number {
  checkArguments(x, q);
  return interpolate(sortedCopy(x), virtualIndex(x.length, q));
}
