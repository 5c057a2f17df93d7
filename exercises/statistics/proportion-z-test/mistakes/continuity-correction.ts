// A continuity correction of 0.5 taken off |successes - n p0|, which this test does not use.
function zStatistic(successes: number, n: number, p0: number): number {
  return ((Math.abs(successes - n * p0) - 0.5) * Math.sign(successes - n * p0)) / Math.sqrt(n * p0 * (1 - p0));
}
