export function pearson(x: number[], y: number[]): number {
  const n = x.length;
  if (n < 2) throw new Error("need at least two pairs");
  if (x.every((v) => v === x[0]) || y.every((v) => v === y[0])) throw new Error("constant input");
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
