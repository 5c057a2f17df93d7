function meanLoss(total: number, yTrue: number[][]): number {
  return total / yTrue.reduce((count, row) => count + row.length, 0);
}
