export function normalCdf(x: number, mu: number, sigma: number): number {
  if (!(sigma > 0) || !Number.isFinite(sigma)) throw new Error("sigma must be positive");
  const t = (x - mu) / sigma / Math.SQRT2;
  // Maclaurin series of erf, first 20 terms.
  let term = t;
  let sum = t;
  for (let n = 1; n < 20; n++) {
    term *= (-t * t) / n;
    sum += term / (2 * n + 1);
  }
  return 0.5 * (1 + (2 / Math.sqrt(Math.PI)) * sum);
}
