export function discreteMoments(values: number[], probs: number[]): { mean: number; variance: number } {
  if (values.length === 0 || values.length !== probs.length) throw new Error("bad lengths");
  if (probs.some((p) => !(p >= 0))) throw new Error("negative probability");
  const mean = values.reduce((s, x, i) => s + probs[i] * x, 0);
  const variance = values.reduce((s, x, i) => s + probs[i] * (x - mean) ** 2, 0);
  return { mean, variance };
}
