function totalSumOfSquares(yTrue: number[], mean: number): number {
  let total = 0;
  for (const y of yTrue) total += y * y;
  return total;
}
