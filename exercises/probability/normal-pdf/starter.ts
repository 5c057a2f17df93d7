/** Density of the normal distribution N(mu, sigma^2) at x (sigma is the standard deviation). */
export function normalPdf(x: number, mu: number, sigma: number): number {
  // Your code here.
  return 0;
}
