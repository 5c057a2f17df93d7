export function discreteMoments(values: number[], probs: number[]): { mean: number; variance: number } {
  check(values, probs);
  const mean = values.reduce((s, x, i) => s + probs[i] * x, 0);
  const variance = values.reduce((s, x, i) => s + probs[i] * x * x, 0);
  return { mean, variance };
}

function check(values: number[], probs: number[]): void {
  if (values.length === 0 || values.length !== probs.length) throw new Error("bad lengths");
  if (probs.some((p) => !(p >= 0))) throw new Error("negative probability");
  const total = probs.reduce((a, b) => a + b, 0);
  if (Math.abs(total - 1) > 1e-9) throw new Error("probabilities do not sum to 1");
}
