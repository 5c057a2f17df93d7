export function quantile(x: number[], q: number): number {
  const n = x.length;
  if (n === 0) throw new Error("empty sample");
  if (q < 0 || q > 1 || Number.isNaN(q)) throw new Error("q must lie in [0, 1]");
  const sorted = [...x].sort((a, b) => a - b);
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const t = h - lo;
  return sorted[lo] + t * (sorted[lo + 1] - sorted[lo]);
}
