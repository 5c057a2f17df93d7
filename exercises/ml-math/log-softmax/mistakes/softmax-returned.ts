function logProbability(value: number, max: number, logSum: number): number {
  return Math.exp(value - max - logSum);
}
