function check(X: number[][], y: number[], epochs: number): void {
  if (X.length === 0 || y.length !== X.length) throw new Error("bad shapes");
  if (X.some((row) => row.length !== X[0].length)) throw new Error("ragged X");
  if (y.some((label) => label !== 0 && label !== 1)) throw new Error("labels must be 0 or 1");
  if (!Number.isInteger(epochs) || epochs < 0) throw new Error("bad epochs");
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function logits(X: number[][], w: number[], b: number): number[] {
  return X.map((row) => row.reduce((acc, x, j) => acc + x * w[j], b));
}

function stableLoss(z: number[], y: number[]): number {
  return z.reduce((acc, zi, i) => acc + Math.max(zi, 0) - y[i] * zi + Math.log1p(Math.exp(-Math.abs(zi))), 0) / z.length;
}

export function fitLogisticRegression(X: number[][], y: number[], lr: number, epochs: number) {
  check(X, y, epochs);
  const n = X.length;
  const d = X[0].length;
  let w = new Array(d).fill(0);
  let b = 0;
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) {
    const z = logits(X, w, b);
    const p = z.map((zi) => 1 / (1 + Math.exp(-zi)));
    losses.push(-p.reduce((acc, pi, i) => acc + y[i] * Math.log(pi) + (1 - y[i]) * Math.log(1 - pi), 0) / n);
    const g = z.map((zi, i) => sigmoid(zi) - y[i]);
    const gw = w.map((_, j) => g.reduce((acc, gi, i) => acc + gi * X[i][j], 0) / n);
    const gb = g.reduce((acc, gi) => acc + gi, 0) / n;
    w = w.map((wj, j) => wj - lr * gw[j]);
    b = b - lr * gb;
  }
  return { weights: w, bias: b, losses };
}
