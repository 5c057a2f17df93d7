/** Throws unless k is a non-negative integer and lambda finite and >= 0. */
function checkArguments(k: number, lambda: number): void {
  if (!Number.isInteger(k) || k < 0) throw new Error(`poissonPmf: k must be a non-negative integer, got ${k}`);
  if (!Number.isFinite(lambda) || lambda < 0) throw new Error(`poissonPmf: lambda must be finite and >= 0, got ${lambda}`);
}

/**
 * A rate of 0 puts all the mass on k = 0 (0^0 = 1): the log form would compute 0 * -Infinity.
 * null for a positive rate.
 */
function zeroRateMass(k: number, lambda: number): number | null {
  if (lambda === 0) return k === 0 ? 1 : 0;
  return null;
}

/** ln(k!) summed exactly as ln 2 + ... + ln k. */
function logFactorial(k: number): number {
  let sum = 0;
  for (let i = 2; i <= k; i++) sum += Math.log(i);
  return sum;
}

/** P(K = k) = exp(k ln(lambda) - lambda - ln(k!)): nothing overflows (500! or 500^500) or underflows (e^-1000) before the final exp. */
function poissonMass(k: number, lambda: number): number {
  return Math.exp(k * Math.log(lambda) - lambda - logFactorial(k));
}

/** Poisson probability mass function, in log space. */
export function poissonPmf(k: number, lambda: number): number {
  checkArguments(k, lambda);
  const atZeroRate = zeroRateMass(k, lambda);
  if (atZeroRate !== null) return atZeroRate;
  return poissonMass(k, lambda);
}
