/** MSE, RMSE, MAE and R^2 = 1 - SS_res / SS_tot (for a constant target: 1 when every prediction is exact, else 0). */
export function evaluate(yTrue: number[], yPred: number[]): { mse: number; rmse: number; mae: number; r2: number } {
  const n = yTrue.length;
  if (n === 0) throw new Error("there is nothing to evaluate");
  if (yPred.length !== n) throw new Error(`yTrue has ${n} values but yPred has ${yPred.length}`);
  const mean = yTrue.reduce((total, value) => total + value, 0) / n;
  let ssRes = 0;
  let ssTot = 0;
  let absolute = 0;
  for (let i = 0; i < n; i++) {
    const error = yPred[i] - yTrue[i];
    ssRes += error * error;
    absolute += Math.abs(error);
    ssTot += (yTrue[i] - mean) ** 2;
  }
  const mse = ssRes / n;
  const r2 = ssTot === 0 ? (ssRes === 0 ? 1 : 0) : 1 - ssRes / ssTot;
  return { mse, rmse: Math.sqrt(mse), mae: absolute / n, r2 };
}
