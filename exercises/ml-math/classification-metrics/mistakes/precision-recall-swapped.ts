export function classificationMetrics(yTrue: number[], yPred: number[]) {
  if (yTrue.length !== yPred.length || yTrue.length === 0) throw new Error("bad lengths");
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i], p = yPred[i];
    if ((t !== 0 && t !== 1) || (p !== 0 && p !== 1)) throw new Error("labels must be 0 or 1");
    if (t === 1 && p === 1) tp++;
    else if (t === 0 && p === 1) fp++;
    else if (t === 1 && p === 0) fn++;
    else tn++;
  }
  const accuracy = (tp + tn) / yTrue.length;
  const precision = tp + fn === 0 ? 0 : tp / (tp + fn);
  const recall = tp + fp === 0 ? 0 : tp / (tp + fp);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { accuracy, precision, recall, f1 };
}
