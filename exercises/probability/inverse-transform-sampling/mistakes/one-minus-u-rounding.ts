export function sampleExponential(u: number[], lambda: number): number[] {
  if (!Number.isFinite(lambda) || lambda <= 0) throw new Error("lambda must be finite and > 0");
  for (const value of u) if (!(value >= 0 && value <= 1)) throw new Error("u must be in [0, 1]");
  return u.map((value) => -Math.log(1 - value) / lambda);
}
