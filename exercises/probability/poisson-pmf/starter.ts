/** Poisson pmf: P(K = k) = lambda^k e^(-lambda) / k!, computed in log space so that k up to 500 works. */
export function poissonPmf(k: number, lambda: number): number {
  // Your code here.
  return 0;
}
