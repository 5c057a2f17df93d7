/** Monte Carlo estimate of the integral of f over [a, b] from n uniform samples x = a + (b - a) * rng(). */
export function monteCarloIntegral(f: (x: number) => number, a: number, b: number, n: number, rng: () => number): number {
  // Your code here.
  return 0;
}
