// Given helper of this exercise, shown read-only beside the editor: call it as it is.

/** The q-quantile of values (0 <= q <= 1), linear interpolation as numpy.quantile (exercise `quantile`). */
function quantile(values: number[], q: number): number {
  if (values.length === 0) throw new Error("quantile of an empty array");
  if (!(q >= 0 && q <= 1)) throw new Error(`q must lie in [0, 1], got ${q}`);
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  if (lo >= sorted.length - 1) return sorted[sorted.length - 1];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}
