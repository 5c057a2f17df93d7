function variance(values: number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((acc, v) => acc + (v - mean) ** 2, 0) / (values.length - 1);
}

export function regressionMetrics(yTrue: number[], yPred: number[]) {
  const n = yTrue.length;
  if (n === 0 || yPred.length !== n) throw new Error("bad lengths");
  const errors = yTrue.map((y, i) => y - yPred[i]);
  const mse = errors.reduce((acc, e) => acc + e * e, 0) / n;
  const mae = errors.reduce((acc, e) => acc + Math.abs(e), 0) / n;
  const constant = yTrue.every((v) => v === yTrue[0]);
  const r2 = constant ? (mse === 0 ? 1 : 0) : 1 - mse / variance(yTrue);
  return { mse, rmse: Math.sqrt(mse), mae, r2 };
}
