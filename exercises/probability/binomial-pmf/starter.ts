/** P(K = k) for K ~ Binomial(n, p): C(n, k) p^k (1 - p)^(n - k), accurate for n up to 1000. */
export function binomialPmf(k: number, n: number, p: number): number {
  // Your code here.
  return 0;
}
