export function softThreshold(w: number[], lambda: number): number[] {
  if (!(lambda >= 0)) throw new Error("lambda must be >= 0");
  return w.map((v) => Math.max(v - lambda, 0));
}
