/**
 * Quantile with linear interpolation between order statistics (numpy's default, Hyndman-Fan
 * type 7): virtual index h = (n - 1) q on the sorted copy, interpolated between its neighbours.
 */
export function quantile(x: number[], q: number): number {
  const n = x.length;
  if (n === 0) throw new Error("quantile of an empty sample is undefined");
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile: q must lie in [0, 1], got ${q}`);
  const sorted = [...x].sort((a, b) => a - b);
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  if (lo >= n - 1) return sorted[n - 1];
  const t = h - lo;
  const a = sorted[lo];
  const b = sorted[lo + 1];
  // t = 0 (or a tie) returns the order statistic itself: no 0 * (b - a) rounding, no 0 * Infinity.
  if (t === 0 || a === b) return a;
  return a + (b - a) * t;
}
