export function quantile(x: number[], q: number): number {
  const n = x.length;
  if (n === 0) throw new Error("empty sample");
  if (q < 0 || q > 1 || Number.isNaN(q)) throw new Error("q must lie in [0, 1]");
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  if (lo >= n - 1) return x[n - 1];
  const t = h - lo;
  return x[lo] + t * (x[lo + 1] - x[lo]);
}
