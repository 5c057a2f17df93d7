import { clipped, meanLoss } from "../reference-steps";

/**
 * Mean binary cross-entropy (natural log). Probabilities are clipped to [eps, 1 - eps] before the
 * logarithms; a term whose weight is 0 is skipped, so 0 * log(0) never appears.
 */
export function binaryCrossEntropy(yTrue: number[], yProb: number[], eps: number = 1e-12): number {
  if (yTrue.length !== yProb.length) {
    throw new Error(`binaryCrossEntropy: ${yTrue.length} labels but ${yProb.length} probabilities`);
  }
  const n = yTrue.length;
  if (n === 0) throw new Error("binaryCrossEntropy: no samples, the mean is undefined");
  let total = 0;
  for (let i = 0; i < n; i++) {
    const y = yTrue[i];
    const p = clipped(yProb[i], eps);
    total -= weightedLog(y, p);
    total -= negativeClassTerm(y, p);
  }
  return meanLoss(total, n);
}

/** The natural logarithm (the loss is in nats). */
function logOf(x: number): number {
  return Math.log(x);
}

/** w log(q), skipped (0) when the weight is 0 so that 0 * log(0) never appears. */
function weightedLog(w: number, q: number): number {
  return w === 0 ? 0 : w * logOf(q);
}

/** The negative class's weighted log-likelihood, (1 - y) log(1 - p). */
function negativeClassTerm(y: number, p: number): number {
  return weightedLog(1 - y, 1 - p);
}
