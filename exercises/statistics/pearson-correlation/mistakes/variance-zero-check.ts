export function pearson(x: number[], y: number[]): number {
  const n = x.length;
  if (n !== y.length) throw new Error("length mismatch");
  if (n < 2) throw new Error("need at least two pairs");
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  if (sxx === 0 || syy === 0) throw new Error("constant input");
  return sxy / Math.sqrt(sxx * syy);
}
