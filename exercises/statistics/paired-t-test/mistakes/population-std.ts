// The population standard deviation (divided by n) where the sample one (n - 1) is needed.
function standardError(squares: number, n: number): number {
  return Math.sqrt(squares / n / n);
}
