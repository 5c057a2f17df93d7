export function monteCarloIntegral(f: (x: number) => number, a: number, b: number, n: number, rng: () => number): number {
  checkN(n);
  let sum = 0;
  for (let i = 0; i <= n; i++) sum += f(sample(a, b, rng));
  return estimate(sum, a, b, n);
}
