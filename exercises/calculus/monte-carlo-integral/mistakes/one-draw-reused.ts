export function monteCarloIntegral(f: (x: number) => number, a: number, b: number, n: number, rng: () => number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error("n must be a positive integer");
  const x = a + (b - a) * rng();
  let sum = 0;
  for (let i = 0; i < n; i++) sum += f(x);
  return ((b - a) * sum) / n;
}
