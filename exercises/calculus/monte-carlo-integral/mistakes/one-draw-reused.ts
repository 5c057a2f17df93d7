export function monteCarloIntegral(f: (x: number) => number, a: number, b: number, n: number, rng: () => number): number {
  checkN(n);
  const x = sample(a, b, rng);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += f(x);
  return estimate(sum, a, b, n);
}
