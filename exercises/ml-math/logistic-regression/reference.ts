import { descend } from "../reference-steps";

/**
 * Logistic regression by full-batch gradient descent on the mean binary cross-entropy, from zero
 * weights. losses[e] is the loss of the parameters *before* update e. The loss is computed from
 * the logits, log(1 + e^-z) for y = 1 and log(1 + e^z) for y = 0, in the overflow-free form
 * max(z, 0) - y z + log1p(exp(-|z|)).
 */
export function fitLogisticRegression(X: number[][], y: number[], lr: number, epochs: number): { weights: number[]; bias: number; losses: number[] } {
  const n = X.length;
  if (n === 0) throw new Error("X must contain at least one sample");
  if (y.length !== n) throw new Error(`X has ${n} rows but y has ${y.length} labels`);
  const d = X[0].length;
  for (let i = 0; i < n; i++) {
    if (X[i].length !== d) throw new Error(`row ${i} of X has ${X[i].length} features, row 0 has ${d}`);
    if (y[i] !== 0 && y[i] !== 1) throw new Error(`label ${i} is ${y[i]}; labels must be 0 or 1`);
  }
  if (!Number.isInteger(epochs) || epochs < 0) throw new Error("epochs must be a non-negative integer");

  return descend(X, y, lr, epochs, d, forward, update);
}

/** The model's mean loss over the samples; each sample's error p - y goes into `errors`. */
function forward(X: number[][], y: number[], model: { weights: number[]; bias: number }, errors: number[]): number {
  const n = X.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const row = X[i];
    let z = model.bias;
    for (let j = 0; j < row.length; j++) z += row[j] * model.weights[j];
    total += pointLoss(z, y[i]);
    errors[i] = errorOf(z, y[i]);
  }
  return total / n;
}

/** Binary cross-entropy from the logit, overflow-free: max(z, 0) - y z + log1p(exp(-|z|)). */
function pointLoss(z: number, y: number): number {
  return Math.max(z, 0) - y * z + Math.log1p(Math.exp(-Math.abs(z)));
}

/** dLoss/dz = sigmoid(z) - y, with a stable sigmoid (exp of a non-positive number only). */
function errorOf(z: number, y: number): number {
  const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  return p - y;
}

/** One step down the gradient of the mean loss. */
function update(X: number[][], model: { weights: number[]; bias: number }, errors: number[], lr: number): void {
  const n = X.length;
  const gradW = new Array<number>(model.weights.length).fill(0);
  let gradB = 0;
  for (let i = 0; i < n; i++) {
    const row = X[i];
    const e = errors[i];
    gradB += e;
    for (let j = 0; j < gradW.length; j++) gradW[j] += e * row[j];
  }
  for (let j = 0; j < gradW.length; j++) model.weights[j] = step(model.weights[j], gradW[j], lr, n);
  model.bias = step(model.bias, gradB, lr, n);
}

/** A parameter moved against the gradient of the mean: the summed gradient over n. */
function step(parameter: number, summedGradient: number, lr: number, n: number): number {
  return parameter - lr * (summedGradient / n);
}
