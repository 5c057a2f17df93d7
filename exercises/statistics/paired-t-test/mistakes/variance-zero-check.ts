// Equal differences detected by a zero computed sum of squares: for [0.1, 0.1, 0.1] it is about
// 6e-34, not 0, and t comes out of rounding noise.
function checkNotConstant(d: number[]): void {}

function standardError(squares: number, n: number): number {
  if (squares === 0) throw new Error("all differences are equal");
  return Math.sqrt(squares / (n - 1) / n);
}
