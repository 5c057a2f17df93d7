export function pearson(x: number[], y: number[]): number {
  const n = x.length;
  if (n !== y.length) throw new Error("length mismatch");
  if (n < 2) throw new Error("need at least two pairs");
  if (x.every((v) => v === x[0]) || y.every((v) => v === y[0])) throw new Error("constant input");
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += x[i] * y[i];
    sxx += x[i] * x[i];
    syy += y[i] * y[i];
  }
  return sxy / Math.sqrt(sxx * syy);
}
