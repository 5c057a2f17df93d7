import { descend } from "../reference-steps";

/**
 * Full-batch gradient descent on the mean squared error of a linear model, from zero weights.
 * losses[e] is the loss of the parameters *before* update e.
 */
export function fitLinearRegressionGD(X: number[][], y: number[], lr: number, epochs: number): { weights: number[]; bias: number; losses: number[] } {
  const n = X.length;
  if (n === 0) throw new Error("X must contain at least one sample");
  if (y.length !== n) throw new Error(`X has ${n} rows but y has ${y.length} targets`);
  const d = X[0].length;
  for (let i = 0; i < n; i++) {
    if (X[i].length !== d) throw new Error(`row ${i} of X has ${X[i].length} features, row 0 has ${d}`);
  }
  if (!Number.isInteger(epochs) || epochs < 0) throw new Error("epochs must be a non-negative integer");

  return descend(X, y, lr, epochs, d, forward, update);
}

/** Residuals r = Xw + b - y into `residuals`; returns the mean squared error of the current parameters. */
function forward(X: number[][], y: number[], model: { weights: number[]; bias: number }, residuals: number[]): number {
  const n = X.length;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const row = X[i];
    let prediction = model.bias;
    for (let j = 0; j < row.length; j++) prediction += row[j] * model.weights[j];
    const r = residualOf(prediction, y[i]);
    residuals[i] = r;
    squares += r * r;
  }
  return squares / n;
}

/** The residual: prediction minus target. */
function residualOf(prediction: number, target: number): number {
  return prediction - target;
}

/** Gradient (2/n) X^T r and (2/n) sum(r), all from the same residuals, then one update. */
function update(X: number[][], model: { weights: number[]; bias: number }, residuals: number[], lr: number): void {
  const n = X.length;
  const gradW = new Array<number>(model.weights.length).fill(0);
  let gradB = 0;
  for (let i = 0; i < n; i++) {
    const row = X[i];
    const r = residuals[i];
    gradB += r;
    for (let j = 0; j < gradW.length; j++) gradW[j] += r * row[j];
  }
  for (let j = 0; j < gradW.length; j++) model.weights[j] = step(model.weights[j], gradW[j], lr, n);
  model.bias = updateBias(model.bias, gradB, lr, n);
}

/** The bias moves like a weight whose feature is always 1. */
function updateBias(bias: number, summedResiduals: number, lr: number, n: number): number {
  return step(bias, summedResiduals, lr, n);
}

/** A parameter moved against the MSE gradient: (2/n) times the summed gradient of the residuals. */
function step(parameter: number, summedGradient: number, lr: number, n: number): number {
  return parameter - lr * ((2 * summedGradient) / n);
}
