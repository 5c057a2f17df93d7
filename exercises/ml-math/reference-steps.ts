/**
 * Reference steps several references of this track share (`import { ... } from "../reference-steps"`).
 * Hidden like the references: the loader puts each imported step into the reference that imports it
 * (lib/exercises/assemble-reference.ts), so a reference still runs, and is overridden by a known
 * mistake, as one self-contained file.
 */

/** The probability clipped to [eps, 1 - eps], so its log is finite. */
export function clipped(p: number, eps: number): number {
  return Math.min(Math.max(p, eps), 1 - eps);
}

/** The design matrix A = [X | 1]: the bias is the last unknown. */
export function design(X: number[][]): number[][] {
  return X.map((row) => [...row, 1]);
}

/** The weights are the first d unknowns, the bias the last one. */
export function readParameters(theta: number[], d: number, y: number[]): { weights: number[]; bias: number } {
  return { weights: theta.slice(0, d), bias: theta[d] };
}

/** The loss reported: the mean over the n samples. */
export function meanLoss(total: number, n: number): number {
  return total / n;
}

/** One pass over the samples: the loss of the model, with each sample's error written into errors. */
type Forward = (X: number[][], y: number[], model: { weights: number[]; bias: number }, errors: number[]) => number;

/** One gradient step on the model from the errors forward wrote. */
type Update = (X: number[][], model: { weights: number[]; bias: number }, errors: number[], lr: number) => void;

/** Full-batch gradient descent from zero weights; losses[e] is the loss before update e. */
export function descend(
  X: number[][],
  y: number[],
  lr: number,
  epochs: number,
  d: number,
  forward: Forward,
  update: Update,
): { weights: number[]; bias: number; losses: number[] } {
  const model = { weights: new Array<number>(d).fill(0), bias: 0 };
  const losses: number[] = [];
  const errors = new Array<number>(X.length);
  for (let epoch = 0; epoch < epochs; epoch++) losses.push(epochLoss(X, y, model, errors, lr, forward, update));
  return { weights: model.weights, bias: model.bias, losses };
}

/** One epoch: the loss of the model as it is, then the update (the loss recorded is the one before it). */
function epochLoss(
  X: number[][],
  y: number[],
  model: { weights: number[]; bias: number },
  errors: number[],
  lr: number,
  forward: Forward,
  update: Update,
): number {
  const loss = forward(X, y, model, errors);
  update(X, model, errors, lr);
  return loss;
}

/** The moving average of the squared gradient (Adam's second moment, RMSprop's sq): beta v + (1 - beta) g^2. */
export function secondMoment(v: number, g: number, beta: number): number {
  return beta * v + (1 - beta) * g * g;
}

/** The parameter moved by lr along the step, scaled by the root of the mean square, eps outside the root. */
export function movedParameter(p: number, step: number, meanSquare: number, lr: number, eps: number): number {
  return p - (lr * step) / (Math.sqrt(meanSquare) + eps);
}
