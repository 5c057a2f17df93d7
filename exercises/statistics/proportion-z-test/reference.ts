/** Throws unless n is a positive integer, successes an integer in [0, n] and p0 strictly between 0 and 1. */
function checkArguments(successes: number, n: number, p0: number): void {
  if (!Number.isInteger(n) || n < 1) throw new Error("n must be a positive integer");
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new Error("successes must be an integer between 0 and n");
  }
  if (!(p0 > 0 && p0 < 1)) throw new Error("p0 must be strictly between 0 and 1");
}

/** Standard error of p_hat under H0: sqrt(p0 (1 - p0) / n), from p0, not from p_hat. */
function standardError(pHat: number, p0: number, n: number): number {
  return Math.sqrt((p0 * (1 - p0)) / n);
}

/** z = (p_hat - p0) / standard error, with p_hat = successes / n. */
function zStatistic(successes: number, n: number, p0: number): number {
  const pHat = successes / n;
  return (pHat - p0) / standardError(pHat, p0, n);
}

/** Two-sided p value of z: 2 Phi(-|z|), at most 1. */
function twoSidedP(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}

/** Two-sided one-proportion z-test. */
export function proportionZTest(successes: number, n: number, p0: number): { z: number; p: number } {
  checkArguments(successes, n, p0);
  const z = zStatistic(successes, n, p0);
  return { z, p: twoSidedP(z) };
}
