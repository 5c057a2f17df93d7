/** Throws on no values, mismatched lengths, a probability not in [0, 1] or a value not finite; returns the sum of the probabilities. */
function checkArguments(values: number[], probs: number[]): number {
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
  return total;
}

/** Throws unless the probabilities sum to 1 within 1e-9 (rounding in the given decimals). */
function checkSumsToOne(total: number): void {
  if (Math.abs(total - 1) > 1e-9) throw new Error(`discreteMoments: the probabilities sum to ${total}, not 1`);
}

/** The mean sum p_i x_i. */
function weightedMean(values: number[], probs: number[]): number {
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += probs[i] * values[i];
  return mean;
}

/** The variance sum p_i (x_i - mean)^2: the second pass keeps values far from 0 precise. */
function weightedVariance(values: number[], probs: number[], mean: number): number {
  let variance = 0;
  for (let i = 0; i < values.length; i++) {
    const deviation = values[i] - mean;
    variance += probs[i] * deviation * deviation;
  }
  return variance;
}

/**
 * Mean and (population) variance of a discrete distribution: P(X = values[i]) = probs[i].
 * Two passes: the mean first, then the probability-weighted squared deviations. Probabilities are used as given.
 */
export function discreteMoments(values: number[], probs: number[]): { mean: number; variance: number } {
  checkSumsToOne(checkArguments(values, probs));
  const mean = weightedMean(values, probs);
  return { mean, variance: weightedVariance(values, probs, mean) };
}
