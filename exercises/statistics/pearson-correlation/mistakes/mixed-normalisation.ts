export function pearson(x: number[], y: number[]): number {
  const n = x.length;
  if (n !== y.length) throw new Error("length mismatch");
  if (n < 2) throw new Error("need at least two pairs");
  if (x.every((v) => v === x[0]) || y.every((v) => v === y[0])) throw new Error("constant input");
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const std = (a: number[]) => {
    const m = mean(a);
    return Math.sqrt(a.reduce((s, v) => s + (v - m) ** 2, 0) / a.length);
  };
  const mx = mean(x);
  const my = mean(y);
  let cov = 0;
  for (let i = 0; i < n; i++) cov += (x[i] - mx) * (y[i] - my);
  cov /= n - 1;
  return cov / (std(x) * std(y));
}
