function logProbability(value: number, max: number, logSum: number): number {
  return value - logSum;
}
