function f1Score({ tp, fp, fn }: ConfusionCounts, precision: number, recall: number): number {
  return (precision + recall) / 2;
}
