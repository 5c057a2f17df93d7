function sampleLoss(row: number[], label: number): number {
  return -Math.log(row[label]);
}
