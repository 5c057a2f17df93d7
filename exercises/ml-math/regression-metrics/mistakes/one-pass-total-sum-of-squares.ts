export function regressionMetrics(yTrue: number[], yPred: number[]) {
  const n = yTrue.length;
  if (n === 0 || yPred.length !== n) throw new Error("bad lengths");
  let ssRes = 0;
  let abs = 0;
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < n; i++) {
    ssRes += (yTrue[i] - yPred[i]) ** 2;
    abs += Math.abs(yTrue[i] - yPred[i]);
    sum += yTrue[i];
    sumSquares += yTrue[i] * yTrue[i];
  }
  const mean = sum / n;
  const ssTot = sumSquares - n * mean * mean;
  const constant = yTrue.every((v) => v === yTrue[0]);
  const r2 = constant ? (ssRes === 0 ? 1 : 0) : 1 - ssRes / ssTot;
  const mse = ssRes / n;
  return { mse, rmse: Math.sqrt(mse), mae: abs / n, r2 };
}
