/**
 * Newton's method: x <- x - f(x) / df(x). Before each update, stop if |f(x)| < tol; after
 * maxIter updates, return the last iterate without a further test. A zero derivative at a
 * point that still needs an update throws.
 */
export function newtonRoot(f: (x: number) => number, df: (x: number) => number, x0: number, tol: number = 1e-12, maxIter: number = 100): number {
  const updates = checkedMaxIter(maxIter);
  let x = x0;
  for (let k = 0; k < updates; k++) {
    const fx = f(x);
    if (Math.abs(fx) < tol) return x;
    x = newtonStep(x, fx, df(x));
  }
  return lastIterate(x, f, tol, maxIter);
}

/** The number of updates allowed: maxIter, a non-negative integer. */
function checkedMaxIter(maxIter: number): number {
  if (!Number.isInteger(maxIter) || maxIter < 0) throw new Error(`newtonRoot: maxIter must be a non-negative integer, got ${maxIter}`);
  return maxIter;
}

/** x - f(x) / df(x); throws when the derivative is 0 (the tangent never crosses zero). */
function newtonStep(x: number, fx: number, slope: number): number {
  if (slope === 0) throw new Error(`newtonRoot: df(${x}) = 0, the Newton step is undefined`);
  return x - fx / slope;
}

/** After maxIter updates the last iterate is the answer, without a further test (f, tol, maxIter are not needed). */
function lastIterate(x: number, _f: (x: number) => number, _tol: number, _maxIter: number): number {
  return x;
}
