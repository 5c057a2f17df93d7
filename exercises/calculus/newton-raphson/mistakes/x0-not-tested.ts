export function newtonRoot(f: (x: number) => number, df: (x: number) => number, x0: number, tol: number = 1e-12, maxIter: number = 100): number {
  let x = x0;
  let k = 0;
  while (k < maxIter) {
    const d = df(x);
    if (d === 0) throw new Error("zero derivative");
    x = x - f(x) / d;
    k++;
    if (Math.abs(f(x)) < tol) break;
  }
  return x;
}
