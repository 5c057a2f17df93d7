/** Inverse-transform sampling: maps each uniform u to F^-1(u) = -ln(1 - u) / lambda, an Exp(lambda) sample. */
export function sampleExponential(u: number[], lambda: number): number[] {
  // Your code here.
  return u;
}
