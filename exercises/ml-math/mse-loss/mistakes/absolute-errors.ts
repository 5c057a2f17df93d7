function pointLoss(error: number): number {
  return Math.abs(error);
}
