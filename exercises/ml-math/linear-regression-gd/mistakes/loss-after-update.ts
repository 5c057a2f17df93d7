type Model = { weights: number[]; bias: number; losses: number[] };

function check(X: number[][], y: number[], epochs: number): void {
  if (X.length === 0 || y.length !== X.length) throw new Error("bad shapes");
  if (X.some((row) => row.length !== X[0].length)) throw new Error("ragged X");
  if (!Number.isInteger(epochs) || epochs < 0) throw new Error("bad epochs");
}

function mseOf(X: number[][], y: number[], w: number[], b: number): number {
  let total = 0;
  for (let i = 0; i < X.length; i++) {
    const r = X[i].reduce((acc, x, j) => acc + x * w[j], b) - y[i];
    total += r * r;
  }
  return total / X.length;
}

export function fitLinearRegressionGD(X: number[][], y: number[], lr: number, epochs: number): Model {
  check(X, y, epochs);
  const n = X.length;
  const d = X[0].length;
  let w = new Array(d).fill(0);
  let b = 0;
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) {
    const r = X.map((row, i) => row.reduce((acc, x, j) => acc + x * w[j], b) - y[i]);
    const gw = w.map((_, j) => (2 / n) * r.reduce((acc, ri, i) => acc + ri * X[i][j], 0));
    const gb = (2 / n) * r.reduce((acc, ri) => acc + ri, 0);
    w = w.map((wj, j) => wj - lr * gw[j]);
    b = b - lr * gb;
    losses.push(mseOf(X, y, w, b));
  }
  return { weights: w, bias: b, losses };
}
