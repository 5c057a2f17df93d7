/** Binary classification metrics with 1 as the positive class; an undefined ratio (0 / 0) is 0. */
export function classificationMetrics(yTrue: number[], yPred: number[]): { accuracy: number; precision: number; recall: number; f1: number } {
  const n = yTrue.length;
  if (yPred.length !== n) throw new Error(`yTrue has ${n} labels, yPred has ${yPred.length}`);
  if (n === 0) throw new Error("no samples: accuracy is undefined");
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < n; i++) {
    const t = yTrue[i];
    const p = yPred[i];
    if ((t !== 0 && t !== 1) || (p !== 0 && p !== 1)) throw new Error(`labels must be 0 or 1, got ${t} and ${p} at index ${i}`);
    if (t === 1 && p === 1) tp++;
    else if (t === 0 && p === 1) fp++;
    else if (t === 1 && p === 0) fn++;
    else tn++;
  }
  const ratio = (num: number, den: number) => (den === 0 ? 0 : num / den);
  return {
    accuracy: (tp + tn) / n,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    // Harmonic mean of precision and recall, written with counts: 0 whenever TP = 0.
    f1: ratio(2 * tp, 2 * tp + fp + fn),
  };
}
