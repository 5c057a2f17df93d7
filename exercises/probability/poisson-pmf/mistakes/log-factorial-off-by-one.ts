export function poissonPmf(k: number, lambda: number): number {
  if (!Number.isInteger(k) || k < 0) throw new Error("k must be a non-negative integer");
  if (!Number.isFinite(lambda) || lambda < 0) throw new Error("lambda must be finite and >= 0");
  if (lambda === 0) return k === 0 ? 1 : 0;
  // ln Gamma(k) = ln (k-1)!, not ln k!
  let logFactorial = 0;
  for (let i = 2; i < k; i++) logFactorial += Math.log(i);
  return Math.exp(k * Math.log(lambda) - lambda - logFactorial);
}
