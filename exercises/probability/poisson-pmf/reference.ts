/**
 * Poisson probability mass function in log space:
 * ln P = k ln(lambda) - lambda - ln(k!), with ln(k!) summed exactly as ln 2 + ... + ln k, so
 * nothing overflows (500! or 500^500) or underflows (e^-1000) before the final exp.
 */
export function poissonPmf(k: number, lambda: number): number {
  if (!Number.isInteger(k) || k < 0) throw new Error(`poissonPmf: k must be a non-negative integer, got ${k}`);
  if (!Number.isFinite(lambda) || lambda < 0) throw new Error(`poissonPmf: lambda must be finite and >= 0, got ${lambda}`);
  // A rate of 0 puts all the mass on k = 0 (0^0 = 1); the log form would compute 0 * -Infinity.
  if (lambda === 0) return k === 0 ? 1 : 0;
  let logFactorial = 0;
  for (let i = 2; i <= k; i++) logFactorial += Math.log(i);
  return Math.exp(k * Math.log(lambda) - lambda - logFactorial);
}
