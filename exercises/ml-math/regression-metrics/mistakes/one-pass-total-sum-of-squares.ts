function totalSumOfSquares(yTrue: number[], mean: number): number {
  let sumSquares = 0;
  for (const y of yTrue) sumSquares += y * y;
  return sumSquares - yTrue.length * mean * mean;
}
