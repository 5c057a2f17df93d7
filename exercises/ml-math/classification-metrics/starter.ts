/** Accuracy, precision, recall and F1 for binary labels (positive = 1); an undefined ratio is 0. */
export function classificationMetrics(yTrue: number[], yPred: number[]): { accuracy: number; precision: number; recall: number; f1: number } {
  // Your code here.
  return { accuracy: 0, precision: 0, recall: 0, f1: 0 };
}
