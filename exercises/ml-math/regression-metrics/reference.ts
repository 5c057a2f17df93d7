/**
 * MSE, RMSE, MAE and the coefficient of determination R² = 1 - SS_res / SS_tot. SS_tot is summed
 * around the mean in a second pass (no cancellation for large offsets). Constant targets follow
 * scikit-learn's r2_score: R² = 1 for perfect predictions, 0 otherwise.
 */
export function regressionMetrics(yTrue: number[], yPred: number[]): { mse: number; rmse: number; mae: number; r2: number } {
  const n = yTrue.length;
  if (yPred.length !== n) throw new Error(`regressionMetrics: ${n} targets but ${yPred.length} predictions`);
  if (n === 0) throw new Error("regressionMetrics: no samples, the metrics are undefined");

  let squares = 0;
  let absolutes = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const error = yTrue[i] - yPred[i];
    squares += error * error;
    absolutes += Math.abs(error);
    sum += yTrue[i];
  }
  const mse = squares / n;
  return { mse, rmse: Math.sqrt(mse), mae: absolutes / n, r2: rSquared(yTrue, yPred, squares, sum) };
}

/** R² = 1 - SS_res / SS_tot, from SS_res (squares) and the sum of the targets; constant targets give 1 or 0. */
function rSquared(yTrue: number[], yPred: number[], squares: number, sum: number): number {
  if (yTrue.every((value) => value === yTrue[0])) return squares === 0 ? 1 : 0;
  return 1 - squares / totalSumOfSquares(yTrue, sum / yTrue.length);
}

/** SS_tot: squared deviations of the targets from their mean, summed in a second pass. */
function totalSumOfSquares(yTrue: number[], mean: number): number {
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) total += (yTrue[i] - mean) ** 2;
  return total;
}
