export function monteCarloIntegral(f: (x: number) => number, a: number, b: number, n: number, rng: () => number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error("n must be a positive integer");
  let sum = 0;
  for (let i = 0; i < n; i++) sum += f(a + b * rng());
  return ((b - a) * sum) / n;
}
