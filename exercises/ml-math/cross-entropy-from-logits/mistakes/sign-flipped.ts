function sampleLoss(row: number[], label: number): number {
  return row[label] - logSumExp(row);
}
