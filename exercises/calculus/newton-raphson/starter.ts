/** Newton-Raphson: iterate x <- x - f(x) / df(x) from x0 until |f(x)| < tol or maxIter updates. */
export function newtonRoot(f: (x: number) => number, df: (x: number) => number, x0: number, tol: number = 1e-12, maxIter: number = 100): number {
  // Your code here.
  return x0;
}
