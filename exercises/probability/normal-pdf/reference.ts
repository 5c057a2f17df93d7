/**
 * Density of N(mu, sigma^2) at x, computed through the standard score z = (x - mu) / sigma:
 * exp(-z^2 / 2) / (sigma sqrt(2 pi)). sigma is never squared, so a tiny sigma (1e-160) cannot
 * underflow to 0 and a huge one cannot overflow.
 */
export function normalPdf(x: number, mu: number, sigma: number): number {
  if (typeof sigma !== "number" || !Number.isFinite(sigma) || sigma <= 0) throw new Error(`normalPdf: sigma must be a positive finite number (got ${sigma})`);
  if (typeof mu !== "number" || !Number.isFinite(mu)) throw new Error(`normalPdf: mu must be a finite number (got ${mu})`);
  if (typeof x !== "number" || Number.isNaN(x)) throw new Error("normalPdf: x must be a number");
  const z = (x - mu) / sigma;
  const SQRT_2PI = 2.5066282746310002;
  return Math.exp(-0.5 * z * z) / (sigma * SQRT_2PI);
}
