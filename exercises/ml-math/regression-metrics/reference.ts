/**
 * MSE, RMSE, MAE and the coefficient of determination R² = 1 - SS_res / SS_tot. SS_tot is summed
 * around the mean in a second pass (no cancellation for large offsets). Constant targets follow
 * scikit-learn's r2_score: R² = 1 for perfect predictions, 0 otherwise.
 */
export function regressionMetrics(
  yTrue: number[],
  yPred: number[],
): { mse: number; rmse: number; mae: number; r2: number } {
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

  let r2: number;
  if (yTrue.every((value) => value === yTrue[0])) {
    r2 = squares === 0 ? 1 : 0;
  } else {
    const mean = sum / n;
    let total = 0;
    for (let i = 0; i < n; i++) total += (yTrue[i] - mean) ** 2;
    r2 = 1 - squares / total;
  }
  return { mse, rmse: Math.sqrt(mse), mae: absolutes / n, r2 };
}
