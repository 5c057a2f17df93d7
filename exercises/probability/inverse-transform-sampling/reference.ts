/**
 * Inverse-transform sampling for Exp(lambda): x = F^-1(u) = -ln(1 - u) / lambda for each u.
 * log1p(-u) keeps full relative precision for tiny u, where 1 - u would round to 1.
 * u = 1 maps to Infinity; u outside [0, 1] and a rate that is not finite and > 0 throw.
 */
export function sampleExponential(u: number[], lambda: number): number[] {
  if (!Number.isFinite(lambda) || lambda <= 0) throw new Error(`sampleExponential: lambda must be finite and > 0, got ${lambda}`);
  return u.map((value, i) => {
    if (!(value >= 0 && value <= 1)) throw new Error(`sampleExponential: u[${i}] = ${value} is not in [0, 1]`);
    return -Math.log1p(-value) / lambda;
  });
}
