// R² taken as 1 - MSE / (sample variance, n - 1), so SS_tot is scaled by n / (n - 1).
function totalSumOfSquares(yTrue: number[], mean: number): number {
  let total = 0;
  for (const y of yTrue) total += (y - mean) ** 2;
  return (total / (yTrue.length - 1)) * yTrue.length;
}
