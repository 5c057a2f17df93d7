/**
 * ROC AUC as the Mann-Whitney statistic: the fraction of (positive, negative) pairs ranked
 * correctly, a tie counting one half. Sorting by score and handling each group of equal scores
 * at once makes it O(n log n) and exact.
 */
export function rocAuc(yTrue: number[], scores: number[]): number {
  const n = yTrue.length;
  const positives = countPositives(yTrue, scores);
  const negatives = n - positives;
  checkBothClasses(positives, negatives);
  const order = rankOrder(scores);
  // Walk the groups of equal scores in rank order; every positive in a group beats the
  // negatives seen in earlier groups and ties (1/2) with the negatives of its own group.
  let negativesBelow = 0;
  let credit = 0;
  for (let start = 0; start < n;) {
    let end = start;
    let groupPositives = 0;
    let groupNegatives = 0;
    while (end < n && scores[order[end]] === scores[order[start]]) {
      if (yTrue[order[end]] === 1) groupPositives++;
      else groupNegatives++;
      end++;
    }
    credit += groupCredit(groupPositives, groupNegatives, negativesBelow);
    negativesBelow += groupNegatives;
    start = end;
  }
  return credit / (positives * negatives);
}

/** The number of positives; rejects mismatched lengths, labels other than 0 and 1 and NaN scores. */
function countPositives(yTrue: number[], scores: number[]): number {
  const n = yTrue.length;
  if (scores.length !== n) throw new Error(`yTrue has ${n} labels, scores has ${scores.length}`);
  let positives = 0;
  for (let i = 0; i < n; i++) {
    if (yTrue[i] !== 0 && yTrue[i] !== 1) throw new Error(`labels must be 0 or 1, got ${yTrue[i]} at index ${i}`);
    if (Number.isNaN(scores[i])) throw new Error(`scores[${i}] is NaN`);
    positives += yTrue[i];
  }
  return positives;
}

/** AUC is undefined without at least one sample of each class. */
function checkBothClasses(positives: number, negatives: number): void {
  if (positives === 0 || negatives === 0) throw new Error("AUC needs at least one positive and one negative sample");
}

/** Sample indices by ascending score. */
function rankOrder(scores: number[]): number[] {
  return Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a] - scores[b] || 0);
}

/** A group's pairs won: its positives beat every negative below and tie (1/2) with its own. */
function groupCredit(groupPositives: number, groupNegatives: number, negativesBelow: number): number {
  return groupPositives * (negativesBelow + groupNegatives / 2);
}
