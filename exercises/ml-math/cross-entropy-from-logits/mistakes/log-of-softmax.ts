function sampleLoss(row: number[], label: number): number {
  const max = Math.max(...row);
  const exps = row.map((z) => Math.exp(z - max));
  return -Math.log(exps[label] / exps.reduce((a, b) => a + b, 0));
}
