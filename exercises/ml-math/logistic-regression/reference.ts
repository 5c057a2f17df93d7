/**
 * Logistic regression by full-batch gradient descent on the mean binary cross-entropy, from zero
 * weights. losses[e] is the loss of the parameters *before* update e. The loss is computed from
 * the logits, log(1 + e^-z) for y = 1 and log(1 + e^z) for y = 0, in the overflow-free form
 * max(z, 0) - y z + log1p(exp(-|z|)).
 */
export function fitLogisticRegression(
  X: number[][],
  y: number[],
  lr: number,
  epochs: number,
): { weights: number[]; bias: number; losses: number[] } {
  const n = X.length;
  if (n === 0) throw new Error("X must contain at least one sample");
  if (y.length !== n) throw new Error(`X has ${n} rows but y has ${y.length} labels`);
  const d = X[0].length;
  for (let i = 0; i < n; i++) {
    if (X[i].length !== d) throw new Error(`row ${i} of X has ${X[i].length} features, row 0 has ${d}`);
    if (y[i] !== 0 && y[i] !== 1) throw new Error(`label ${i} is ${y[i]}; labels must be 0 or 1`);
  }
  if (!Number.isInteger(epochs) || epochs < 0) throw new Error("epochs must be a non-negative integer");

  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  const losses: number[] = [];
  const errors = new Array<number>(n);
  const gradW = new Array<number>(d);
  for (let epoch = 0; epoch < epochs; epoch++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const row = X[i];
      let z = bias;
      for (let j = 0; j < d; j++) z += row[j] * weights[j];
      total += Math.max(z, 0) - y[i] * z + Math.log1p(Math.exp(-Math.abs(z)));
      // Stable sigmoid: exp of a non-positive number only.
      const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
      errors[i] = p - y[i];
    }
    losses.push(total / n);

    gradW.fill(0);
    let gradB = 0;
    for (let i = 0; i < n; i++) {
      const row = X[i];
      const e = errors[i];
      gradB += e;
      for (let j = 0; j < d; j++) gradW[j] += e * row[j];
    }
    for (let j = 0; j < d; j++) weights[j] -= lr * (gradW[j] / n);
    bias -= lr * (gradB / n);
  }
  return { weights, bias, losses };
}
