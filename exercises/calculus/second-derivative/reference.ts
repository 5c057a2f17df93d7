/**
 * Central second difference (f(x + h) - 2 f(x) + f(x - h)) / h^2 with the default step
 * h = 1e-4. Truncation error about f''''(x) h^2 / 12; round-off about 1e-16 |f| / h^2, which
 * is why the default step is larger than for a first derivative.
 */
export function secondDerivative(f: (x: number) => number, x: number, h: number = 1e-4): number {
  if (typeof h !== "number" || !(h > 0) || !Number.isFinite(h)) {
    throw new Error(`secondDerivative: the step h must be a positive finite number, got ${h}`);
  }
  return (f(x + h) - 2 * f(x) + f(x - h)) / (h * h);
}
