// The standard error from p_hat (the Wald interval's) where the test takes it under H0, from p0.
function standardError(pHat: number, p0: number, n: number): number {
  return Math.sqrt((pHat * (1 - pHat)) / n);
}
