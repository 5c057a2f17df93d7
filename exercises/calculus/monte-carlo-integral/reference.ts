/**
 * Plain Monte Carlo: (b - a) times the mean of f at n uniform points, sample i drawn as
 * x_i = a + (b - a) * rng(), exactly one rng call per sample, in order.
 */
export function monteCarloIntegral(f: (x: number) => number, a: number, b: number, n: number, rng: () => number): number {
  checkN(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += f(sample(a, b, rng));
  return estimate(sum, a, b, n);
}

function checkN(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new Error(`monteCarloIntegral: n must be a positive integer, got ${n}`);
}

/** One uniform point of [a, b] from one rng call: a + (b - a) * rng(). */
function sample(a: number, b: number, rng: () => number): number {
  return a + (b - a) * rng();
}

/** The interval's width times the mean of the n samples of f. */
function estimate(sum: number, a: number, b: number, n: number): number {
  return ((b - a) * sum) / n;
}
