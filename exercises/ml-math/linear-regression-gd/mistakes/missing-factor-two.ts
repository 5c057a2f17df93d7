export function fitLinearRegressionGD(X: number[][], y: number[], lr: number, epochs: number) {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error("bad shapes");
  const d = X[0].length;
  if (X.some((row) => row.length !== d)) throw new Error("ragged X");
  if (!Number.isInteger(epochs) || epochs < 0) throw new Error("bad epochs");
  const weights = new Array(d).fill(0);
  let bias = 0;
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) {
    const r: number[] = [];
    let loss = 0;
    for (let i = 0; i < n; i++) {
      let pred = bias;
      for (let j = 0; j < d; j++) pred += X[i][j] * weights[j];
      r.push(pred - y[i]);
      loss += (pred - y[i]) ** 2;
    }
    losses.push(loss / n);
    const gw = new Array(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < d; j++) gw[j] += (r[i] * X[i][j]) / n;
      gb += r[i] / n;
    }
    for (let j = 0; j < d; j++) weights[j] -= lr * gw[j];
    bias -= lr * gb;
  }
  return { weights, bias, losses };
}
