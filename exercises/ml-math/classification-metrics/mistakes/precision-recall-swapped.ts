function precisionAndRecall({ tp, fp, fn }: ConfusionCounts): [number, number] {
  return [ratio(tp, tp + fn), ratio(tp, tp + fp)];
}
