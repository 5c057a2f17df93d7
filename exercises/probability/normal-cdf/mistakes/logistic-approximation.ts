export function normalCdf(x: number, mu: number, sigma: number): number {
  if (!(sigma > 0) || !Number.isFinite(sigma)) throw new Error("sigma must be positive");
  const z = (x - mu) / sigma;
  return 1 / (1 + Math.exp(-1.702 * z));
}
