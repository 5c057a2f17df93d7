/**
 * Full-batch gradient descent on the mean squared error of a linear model, from zero weights.
 * losses[e] is the loss of the parameters *before* update e.
 */
export function fitLinearRegressionGD(
  X: number[][],
  y: number[],
  lr: number,
  epochs: number,
): { weights: number[]; bias: number; losses: number[] } {
  const n = X.length;
  if (n === 0) throw new Error("X must contain at least one sample");
  if (y.length !== n) throw new Error(`X has ${n} rows but y has ${y.length} targets`);
  const d = X[0].length;
  for (let i = 0; i < n; i++) {
    if (X[i].length !== d) throw new Error(`row ${i} of X has ${X[i].length} features, row 0 has ${d}`);
  }
  if (!Number.isInteger(epochs) || epochs < 0) throw new Error("epochs must be a non-negative integer");

  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  const losses: number[] = [];
  const residuals = new Array<number>(n);
  const gradW = new Array<number>(d);
  for (let epoch = 0; epoch < epochs; epoch++) {
    // Forward pass: residuals r = Xw + b - y and the loss of the current parameters.
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const row = X[i];
      let prediction = bias;
      for (let j = 0; j < d; j++) prediction += row[j] * weights[j];
      const r = prediction - y[i];
      residuals[i] = r;
      squares += r * r;
    }
    losses.push(squares / n);

    // Gradient (2/n) X^T r and (2/n) sum(r), all from the same residuals, then one update.
    gradW.fill(0);
    let gradB = 0;
    for (let i = 0; i < n; i++) {
      const row = X[i];
      const r = residuals[i];
      gradB += r;
      for (let j = 0; j < d; j++) gradW[j] += r * row[j];
    }
    for (let j = 0; j < d; j++) weights[j] -= lr * ((2 * gradW[j]) / n);
    bias -= lr * ((2 * gradB) / n);
  }
  return { weights, bias, losses };
}
