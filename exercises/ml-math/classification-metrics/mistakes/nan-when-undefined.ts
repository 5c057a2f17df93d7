function ratio(num: number, den: number): number {
  return num / den;
}

function f1Score({ tp, fp, fn }: ConfusionCounts, precision: number, recall: number): number {
  return (2 * precision * recall) / (precision + recall);
}
