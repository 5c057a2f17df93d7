// sigma taken for the variance: z = (x - mu) / sqrt(sigma).
function standardScore(x: number, mu: number, sigma: number): number {
  return (x - mu) / Math.sqrt(sigma);
}
