export function newtonRoot(f: (x: number) => number, df: (x: number) => number, x0: number, tol: number = 1e-12, maxIter: number = 100): number {
  let x = x0;
  for (let k = 0; k < maxIter; k++) {
    const fx = f(x);
    if (Math.abs(fx) < tol) return x;
    const d = df(x);
    if (d === 0) throw new Error("zero derivative");
    x = x - fx / d;
  }
  if (Math.abs(f(x)) < tol) return x;
  throw new Error(`did not converge in ${maxIter} iterations`);
}
