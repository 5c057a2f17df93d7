export function normalPdf(x: number, mu: number, sigma: number): number {
  if (!(sigma > 0) || !Number.isFinite(sigma)) throw new Error("sigma must be positive");
  const z = (x - mu) / sigma;
  return Math.exp(-z * z) / (sigma * Math.sqrt(2 * Math.PI));
}
