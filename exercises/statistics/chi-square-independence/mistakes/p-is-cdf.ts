// The CDF P(X <= chi2) returned as p instead of the upper tail.
function upperTail(chi2: number, df: number): number {
  return chiSquareCdf(chi2, df);
}
