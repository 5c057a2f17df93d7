function lastIterate(x: number, f: (x: number) => number, tol: number, maxIter: number): number {
  if (Math.abs(f(x)) < tol) return x;
  throw new Error(`did not converge in ${maxIter} iterations`);
}
