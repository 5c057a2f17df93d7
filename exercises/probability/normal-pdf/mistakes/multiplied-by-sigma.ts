export function normalPdf(x: number, mu: number, sigma: number): number {
  if (!(sigma > 0) || !Number.isFinite(sigma)) throw new Error("sigma must be positive");
  const z = (x - mu) / sigma;
  return (1 / Math.sqrt(2 * Math.PI)) * sigma * Math.exp(-0.5 * z * z);
}
