// Sample covariance (n - 1) over population variance (n).
function slopeOf(s: { sxx: number; syy: number; sxy: number }, n: number): number {
  return s.sxy / (n - 1) / (s.sxx / n);
}
