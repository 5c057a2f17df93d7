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
    const p = Math.min(Math.max(yProb[i], eps), 1 - eps);
    if (y !== 0) total -= y * Math.log(p);
    if (y !== 1) total -= (1 - y) * Math.log(1 - p);
  }
  return total / n;
}
