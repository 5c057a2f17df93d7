function meanLoss(total: number, yTrue: number[][]): number {
  return total;
}
