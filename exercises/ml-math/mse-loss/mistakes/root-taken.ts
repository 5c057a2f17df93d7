function meanLoss(total: number, n: number): number {
  return Math.sqrt(total / n);
}
