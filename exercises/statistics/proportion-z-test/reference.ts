/**
 * Two-sided one-proportion z-test: z = (p_hat - p0) / sqrt(p0 (1 - p0) / n), the standard error
 * taken under H0 (from p0, not from p_hat); p = 2 Phi(-|z|).
 */
export function proportionZTest(successes: number, n: number, p0: number): { z: number; p: number } {
  if (!Number.isInteger(n) || n < 1) throw new Error("n must be a positive integer");
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new Error("successes must be an integer between 0 and n");
  }
  if (!(p0 > 0 && p0 < 1)) throw new Error("p0 must be strictly between 0 and 1");
  const pHat = successes / n;
  const z = (pHat - p0) / Math.sqrt((p0 * (1 - p0)) / n);
  const p = Math.min(1, 2 * normalCdf(-Math.abs(z)));
  return { z, p };
}
