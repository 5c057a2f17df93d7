export function regressionMetrics(yTrue: number[], yPred: number[]) {
  const n = yTrue.length;
  if (n === 0 || yPred.length !== n) throw new Error("bad lengths");
  const mt = yTrue.reduce((a, b) => a + b, 0) / n;
  const mp = yPred.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  let ssRes = 0;
  let abs = 0;
  for (let i = 0; i < n; i++) {
    sxy += (yTrue[i] - mt) * (yPred[i] - mp);
    sxx += (yTrue[i] - mt) ** 2;
    syy += (yPred[i] - mp) ** 2;
    ssRes += (yTrue[i] - yPred[i]) ** 2;
    abs += Math.abs(yTrue[i] - yPred[i]);
  }
  const constant = yTrue.every((v) => v === yTrue[0]);
  const r2 = constant ? (ssRes === 0 ? 1 : 0) : (sxy * sxy) / (sxx * syy);
  const mse = ssRes / n;
  return { mse, rmse: Math.sqrt(mse), mae: abs / n, r2 };
}
