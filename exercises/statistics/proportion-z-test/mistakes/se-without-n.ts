export function proportionZTest(successes: number, n: number, p0: number): { z: number; p: number } {
  if (!Number.isInteger(n) || n <= 0) throw new Error("n must be a positive integer");
  if (!Number.isInteger(successes) || successes < 0 || successes > n) throw new Error("bad number of successes");
  if (p0 <= 0 || p0 >= 1) throw new Error("p0 must be in (0, 1)");
  const pHat = successes / n;
  const z = (pHat - p0) / Math.sqrt(p0 * (1 - p0));
  const p = 2 * (1 - normalCdf(Math.abs(z)));
  return { z, p };
}
