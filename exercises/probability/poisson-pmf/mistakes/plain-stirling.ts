export function poissonPmf(k: number, lambda: number): number {
  if (!Number.isInteger(k) || k < 0) throw new Error("k must be a non-negative integer");
  if (!Number.isFinite(lambda) || lambda < 0) throw new Error("lambda must be finite and >= 0");
  if (lambda === 0) return k === 0 ? 1 : 0;
  // Stirling: ln k! ~ k ln k - k + ln(2 pi k) / 2, without its correction terms
  const logFactorial = k === 0 ? 0 : k * Math.log(k) - k + 0.5 * Math.log(2 * Math.PI * k);
  return Math.exp(k * Math.log(lambda) - lambda - logFactorial);
}
