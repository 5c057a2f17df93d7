export function fitLine(x: number[], y: number[]) {
  const n = x.length;
  if (y.length !== n) throw new Error("length mismatch");
  if (n < 2) throw new Error("need at least two points");
  if (x.every((v) => v === x[0])) throw new Error("constant x");
  if (y.every((v) => v === y[0])) return { slope: 0, intercept: y[0], r2: 1 };
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
    sxy += (x[i] - mx) * (y[i] - my);
  }
  const slope = sxy / syy;
  const intercept = my - slope * mx;
  let ssRes = 0;
  for (let i = 0; i < n; i++) ssRes += (y[i] - (intercept + slope * x[i])) ** 2;
  const r2 = 1 - ssRes / syy;
  return { slope, intercept, r2 };
}
