export function sampleExponential(u: number[], lambda: number): number[] {
  return u.map((value) => -Math.log1p(-value) / lambda);
}
