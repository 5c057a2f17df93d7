export function fitLine(x: number[], y: number[]) {
  const n = x.length;
  if (y.length !== n) throw new Error("length mismatch");
  if (n < 2) throw new Error("need at least two points");
  if (x.every((v) => v === x[0])) throw new Error("constant x");
  if (y.every((v) => v === y[0])) return { slope: 0, intercept: y[0], r2: 1 };
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i];
    sy += y[i];
    sxx += x[i] * x[i];
    syy += y[i] * y[i];
    sxy += x[i] * y[i];
  }
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  const intercept = (sy - slope * sx) / n;
  const r = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
  return { slope, intercept, r2: r * r };
}
