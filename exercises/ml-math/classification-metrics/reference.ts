interface ConfusionCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Binary classification metrics with 1 as the positive class; an undefined ratio (0 / 0) is 0. */
export function classificationMetrics(yTrue: number[], yPred: number[]): { accuracy: number; precision: number; recall: number; f1: number } {
  const counts = confusionCounts(yTrue, yPred);
  const [precision, recall] = precisionAndRecall(counts);
  return { accuracy: (counts.tp + counts.tn) / yTrue.length, precision, recall, f1: f1Score(counts, precision, recall) };
}

/** Counts of true/false positives and negatives; rejects mismatched lengths, no samples and labels other than 0 and 1. */
function confusionCounts(yTrue: number[], yPred: number[]): ConfusionCounts {
  const n = yTrue.length;
  if (yPred.length !== n) throw new Error(`yTrue has ${n} labels, yPred has ${yPred.length}`);
  if (n === 0) throw new Error("no samples: accuracy is undefined");
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < n; i++) {
    const t = yTrue[i];
    const p = yPred[i];
    if ((t !== 0 && t !== 1) || (p !== 0 && p !== 1)) throw new Error(`labels must be 0 or 1, got ${t} and ${p} at index ${i}`);
    if (t === 1 && p === 1) counts.tp++;
    else if (t === 0 && p === 1) counts.fp++;
    else if (t === 1 && p === 0) counts.fn++;
    else counts.tn++;
  }
  return counts;
}

/** An undefined ratio (0 / 0) counts as 0. */
function ratio(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

/** Precision TP / (TP + FP) and recall TP / (TP + FN). */
function precisionAndRecall({ tp, fp, fn }: ConfusionCounts): [number, number] {
  return [ratio(tp, tp + fp), ratio(tp, tp + fn)];
}

/** Harmonic mean of precision and recall, written with counts: 0 whenever TP = 0. */
function f1Score({ tp, fp, fn }: ConfusionCounts, precision: number, recall: number): number {
  return ratio(2 * tp, 2 * tp + fp + fn);
}
