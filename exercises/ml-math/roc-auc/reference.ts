/**
 * ROC AUC as the Mann-Whitney statistic: the fraction of (positive, negative) pairs ranked
 * correctly, a tie counting one half. Sorting by score and handling each group of equal scores
 * at once makes it O(n log n) and exact.
 */
export function rocAuc(yTrue: number[], scores: number[]): number {
  const n = yTrue.length;
  if (scores.length !== n) throw new Error(`yTrue has ${n} labels, scores has ${scores.length}`);
  let positives = 0;
  for (let i = 0; i < n; i++) {
    if (yTrue[i] !== 0 && yTrue[i] !== 1) throw new Error(`labels must be 0 or 1, got ${yTrue[i]} at index ${i}`);
    if (Number.isNaN(scores[i])) throw new Error(`scores[${i}] is NaN`);
    positives += yTrue[i];
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) throw new Error("AUC needs at least one positive and one negative sample");
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b] || 0);
  // Walk the groups of equal scores in ascending order; every positive in a group beats the
  // negatives seen in earlier groups and ties (1/2) with the negatives of its own group.
  let negativesBelow = 0;
  let credit = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    let groupPositives = 0;
    let groupNegatives = 0;
    while (end < n && scores[order[end]] === scores[order[start]]) {
      if (yTrue[order[end]] === 1) groupPositives++;
      else groupNegatives++;
      end++;
    }
    credit += groupPositives * (negativesBelow + groupNegatives / 2);
    negativesBelow += groupNegatives;
    start = end;
  }
  return credit / (positives * negatives);
}
