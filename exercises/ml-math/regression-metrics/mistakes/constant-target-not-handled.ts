function rSquared(yTrue: number[], yPred: number[], squares: number, sum: number): number {
  return 1 - squares / totalSumOfSquares(yTrue, sum / yTrue.length);
}
