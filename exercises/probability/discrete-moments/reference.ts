/**
 * Mean and (population) variance of a discrete distribution: P(X = values[i]) = probs[i].
 * Two passes: the mean first, then the probability-weighted squared deviations, so values far
 * from 0 with a small spread keep their precision. Probabilities are used as given.
 */
export function discreteMoments(values: number[], probs: number[]): { mean: number; variance: number } {
  const n = values.length;
  if (n === 0) throw new Error("discreteMoments: the distribution has no values");
  if (probs.length !== n) throw new Error(`discreteMoments: ${n} values but ${probs.length} probabilities`);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const p = probs[i];
    if (typeof p !== "number" || !Number.isFinite(p) || p < 0) throw new Error(`discreteMoments: probability ${p} is not a number in [0, 1]`);
    if (typeof values[i] !== "number" || !Number.isFinite(values[i])) throw new Error(`discreteMoments: value ${values[i]} is not a finite number`);
    total += p;
  }
  if (Math.abs(total - 1) > 1e-9) throw new Error(`discreteMoments: the probabilities sum to ${total}, not 1`);

  let mean = 0;
  for (let i = 0; i < n; i++) mean += probs[i] * values[i];
  let variance = 0;
  for (let i = 0; i < n; i++) {
    const deviation = values[i] - mean;
    variance += probs[i] * deviation * deviation;
  }
  return { mean, variance };
}
