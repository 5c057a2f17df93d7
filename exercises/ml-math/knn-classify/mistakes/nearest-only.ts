function majorityLabel(labels: number[]): number {
  return labels[0];
}
