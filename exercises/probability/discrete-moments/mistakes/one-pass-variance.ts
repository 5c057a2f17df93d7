export function discreteMoments(values: number[], probs: number[]): { mean: number; variance: number } {
  check(values, probs);
  let mean = 0;
  let secondMoment = 0;
  for (let i = 0; i < values.length; i++) {
    mean += probs[i] * values[i];
    secondMoment += probs[i] * values[i] * values[i];
  }
  return { mean, variance: secondMoment - mean * mean };
}

function check(values: number[], probs: number[]): void {
  if (values.length === 0 || values.length !== probs.length) throw new Error("bad lengths");
  if (probs.some((p) => !(p >= 0))) throw new Error("negative probability");
  const total = probs.reduce((a, b) => a + b, 0);
  if (Math.abs(total - 1) > 1e-9) throw new Error("probabilities do not sum to 1");
}
