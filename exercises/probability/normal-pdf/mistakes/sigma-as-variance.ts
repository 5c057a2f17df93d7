export function normalPdf(x: number, mu: number, sigma: number): number {
  if (!(sigma > 0) || !Number.isFinite(sigma)) throw new Error("sigma must be positive");
  return Math.exp(-((x - mu) ** 2) / (2 * sigma)) / Math.sqrt(2 * Math.PI * sigma);
}
