/**
 * Newton's method: x <- x - f(x) / df(x). Before each update, stop if |f(x)| < tol; after
 * maxIter updates, return the last iterate without a further test. A zero derivative at a
 * point that still needs an update throws.
 */
export function newtonRoot(
  f: (x: number) => number,
  df: (x: number) => number,
  x0: number,
  tol: number = 1e-12,
  maxIter: number = 100,
): number {
  if (!Number.isInteger(maxIter) || maxIter < 0) throw new Error(`newtonRoot: maxIter must be a non-negative integer, got ${maxIter}`);
  let x = x0;
  for (let k = 0; k < maxIter; k++) {
    const fx = f(x);
    if (Math.abs(fx) < tol) return x;
    const slope = df(x);
    if (slope === 0) throw new Error(`newtonRoot: df(${x}) = 0, the Newton step is undefined`);
    x = x - fx / slope;
  }
  return x;
}
