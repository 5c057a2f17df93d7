import { clipped } from "../reference-steps";

/**
 * Mean categorical cross-entropy (natural log) over the rows. Probabilities are clipped to
 * [eps, 1 - eps]; entries whose label weight is 0 are skipped, so 0 * log(0) never appears.
 */
export function crossEntropy(yTrue: number[][], yProb: number[][], eps: number = 1e-12): number {
  checkArguments(yTrue, yProb);
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) {
    for (let k = 0; k < yTrue[i].length; k++) {
      const y = yTrue[i][k];
      if (y === 0) continue;
      total -= y * Math.log(clipped(yProb[i][k], eps));
    }
  }
  return meanLoss(total, yTrue);
}

/** Rejects no samples and label and probability rows that do not match in number or length. */
function checkArguments(yTrue: number[][], yProb: number[][]): void {
  const n = yTrue.length;
  if (n === 0) throw new Error("crossEntropy: no samples, the mean is undefined");
  if (yProb.length !== n) throw new Error(`crossEntropy: ${n} label rows but ${yProb.length} probability rows`);
  for (let i = 0; i < n; i++) {
    if (yTrue[i].length !== yProb[i].length) {
      throw new Error(`crossEntropy: row ${i} has ${yTrue[i].length} labels but ${yProb[i].length} probabilities`);
    }
  }
}

/** The loss reported: the summed loss divided by the number of rows (samples). */
function meanLoss(total: number, yTrue: number[][]): number {
  return total / yTrue.length;
}
