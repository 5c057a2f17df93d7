/**
 * Plain Monte Carlo: (b - a) times the mean of f at n uniform points, sample i drawn as
 * x_i = a + (b - a) * rng(), exactly one rng call per sample, in order.
 */
export function monteCarloIntegral(f: (x: number) => number, a: number, b: number, n: number, rng: () => number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`monteCarloIntegral: n must be a positive integer, got ${n}`);
  const width = b - a;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += f(a + width * rng());
  return (width * sum) / n;
}
