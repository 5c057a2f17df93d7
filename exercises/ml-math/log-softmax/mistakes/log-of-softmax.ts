function logProbability(value: number, max: number, logSum: number): number {
  return Math.log(Math.exp(value - max) / Math.exp(logSum));
}
