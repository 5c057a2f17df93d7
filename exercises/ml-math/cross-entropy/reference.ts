/**
 * Mean categorical cross-entropy (natural log) over the rows. Probabilities are clipped to
 * [eps, 1 - eps]; entries whose label weight is 0 are skipped, so 0 * log(0) never appears.
 */
export function crossEntropy(yTrue: number[][], yProb: number[][], eps: number = 1e-12): number {
  const n = yTrue.length;
  if (n === 0) throw new Error("crossEntropy: no samples, the mean is undefined");
  if (yProb.length !== n) throw new Error(`crossEntropy: ${n} label rows but ${yProb.length} probability rows`);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const labels = yTrue[i];
    const probs = yProb[i];
    if (labels.length !== probs.length) {
      throw new Error(`crossEntropy: row ${i} has ${labels.length} labels but ${probs.length} probabilities`);
    }
    for (let k = 0; k < labels.length; k++) {
      const y = labels[k];
      if (y === 0) continue;
      const p = Math.min(Math.max(probs[k], eps), 1 - eps);
      total -= y * Math.log(p);
    }
  }
  return total / n;
}
