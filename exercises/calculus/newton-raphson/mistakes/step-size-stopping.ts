export function newtonRoot(f: (x: number) => number, df: (x: number) => number, x0: number, tol: number = 1e-12, maxIter: number = 100): number {
  let x = x0;
  for (let k = 0; k < maxIter; k++) {
    const d = df(x);
    if (d === 0) throw new Error("zero derivative");
    const next = x - f(x) / d;
    if (Math.abs(next - x) < tol) return next;
    x = next;
  }
  return x;
}
