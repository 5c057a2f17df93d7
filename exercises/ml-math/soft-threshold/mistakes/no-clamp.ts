export function softThreshold(w: number[], lambda: number): number[] {
  if (!(lambda >= 0)) throw new Error("lambda must be >= 0");
  return w.map((v) => v - lambda * Math.sign(v));
}
