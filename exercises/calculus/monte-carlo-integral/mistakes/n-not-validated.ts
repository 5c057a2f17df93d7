export function monteCarloIntegral(f: (x: number) => number, a: number, b: number, n: number, rng: () => number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += f(a + (b - a) * rng());
  return ((b - a) * sum) / n;
}
