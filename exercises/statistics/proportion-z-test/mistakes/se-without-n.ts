// sqrt(p0 (1 - p0)) without dividing by n: the standard deviation of one trial.
function standardError(pHat: number, p0: number, n: number): number {
  return Math.sqrt(p0 * (1 - p0));
}
