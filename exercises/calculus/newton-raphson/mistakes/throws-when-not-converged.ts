function lastIterate(f: (x: number) => number, x: number, tol: number, maxIter: number): number {
  if (Math.abs(f(x)) < tol) return x;
  throw new Error(`did not converge in ${maxIter} iterations`);
}
