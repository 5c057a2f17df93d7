import { shapeOf } from "../reference-steps";

/** A fully connected layer: activation(X W + b), row by row, with a numerically stable sigmoid. */
export function denseForward(X: number[][], W: number[][], b: number[], activation: "relu" | "sigmoid" | "none"): number[][] {
  checkActivation(activation);
  checkShapes(X, W, b);
  return X.map((row) => layerOutput(row, W, b, activation));
}

/** Throws unless the activation is one of the three the layer knows. */
function checkActivation(activation: string): void {
  if (activation !== "relu" && activation !== "sigmoid" && activation !== "none") {
    throw new Error(`unknown activation ${JSON.stringify(activation)}: use 'relu', 'sigmoid' or 'none'`);
  }
}

/** Throws unless W is d x k, b has k entries and X is n x d (n = 0 allowed: no samples, no output rows). */
function checkShapes(X: number[][], W: number[][], b: number[]): void {
  const [dOfW, k] = shapeOf(W, "W");
  if (Array.isArray(X) && X.length === 0) {
    if (!Array.isArray(b) || b.length !== k) throw new Error(`b must have ${k} entries, one per column of W`);
    return;
  }
  const [, d] = shapeOf(X, "X");
  if (dOfW !== d) throw new Error(`X has ${d} columns but W has ${dOfW} rows`);
  if (!Array.isArray(b) || b.length !== k) throw new Error(`b must have ${k} entries, one per column of W`);
}

/** One sample's outputs: the activation of each pre-activation z = x W + b. */
function layerOutput(row: number[], W: number[][], b: number[], activation: string): number[] {
  return affine(row, W, b).map((z) => activate(z, activation));
}

/** z[c] = b[c] + Σ_j x[j] · W[j][c], the bias first. */
function affine(row: number[], W: number[][], b: number[]): number[] {
  return b.map((bias, c) => {
    let z = bias;
    for (let j = 0; j < row.length; j++) z += row[j] * W[j][c];
    return z;
  });
}

/** relu, sigmoid or the identity ('none'). */
function activate(z: number, activation: string): number {
  return activation === "relu" ? (z > 0 ? z : 0) : activation === "sigmoid" ? sigmoid(z) : z;
}

/** Logistic sigmoid that never evaluates exp of a large positive number. */
function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}
