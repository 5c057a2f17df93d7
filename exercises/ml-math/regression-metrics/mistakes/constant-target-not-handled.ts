export function regressionMetrics(yTrue: number[], yPred: number[]) {
  const n = yTrue.length;
  if (n === 0 || yPred.length !== n) throw new Error("bad lengths");
  const mean = yTrue.reduce((a, b) => a + b, 0) / n;
  let ssRes = 0;
  let ssTot = 0;
  let abs = 0;
  for (let i = 0; i < n; i++) {
    ssRes += (yTrue[i] - yPred[i]) ** 2;
    ssTot += (yTrue[i] - mean) ** 2;
    abs += Math.abs(yTrue[i] - yPred[i]);
  }
  const mse = ssRes / n;
  return { mse, rmse: Math.sqrt(mse), mae: abs / n, r2: 1 - ssRes / ssTot };
}
