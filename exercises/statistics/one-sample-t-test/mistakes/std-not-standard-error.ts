// The standard deviation s where the standard error s / sqrt(n) is needed.
function standardError(squares: number, n: number): number {
  return Math.sqrt(squares / (n - 1));
}
