export function quantile(x: number[], q: number): number {
  const n = x.length;
  if (n === 0) throw new Error("empty sample");
  const sorted = [...x].sort((a, b) => a - b);
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  if (lo >= n - 1) return sorted[n - 1];
  const t = h - lo;
  return sorted[lo] + t * (sorted[lo + 1] - sorted[lo]);
}
