// The plain sum of squares: it underflows to 0 for |v| ~ 1e-200 and overflows for |v| ~ 1e200.
function euclideanNorm(v: number[]): number {
  return Math.sqrt(v.reduce((s, t) => s + t * t, 0));
}
