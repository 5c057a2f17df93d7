export function quantile(x: number[], q: number): number {
  const n = x.length;
  if (n === 0) throw new Error("empty sample");
  if (q < 0 || q > 1 || Number.isNaN(q)) throw new Error("q must lie in [0, 1]");
  const sorted = [...x].sort((a, b) => a - b);
  // 1-based position (n + 1) q, clamped to the first and last values.
  const h = (n + 1) * q - 1;
  if (h <= 0) return sorted[0];
  if (h >= n - 1) return sorted[n - 1];
  const lo = Math.floor(h);
  const t = h - lo;
  return sorted[lo] + t * (sorted[lo + 1] - sorted[lo]);
}
