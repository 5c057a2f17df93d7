export function normalCdf(x: number, mu: number, sigma: number): number {
  if (!(sigma > 0) || !Number.isFinite(sigma)) throw new Error("sigma must be positive");
  const z = (x - mu) / sigma;
  // The tanh approximation used by GELU.
  return 0.5 * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (z + 0.044715 * z * z * z)));
}
