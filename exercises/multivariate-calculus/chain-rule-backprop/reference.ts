/**
 * Backward pass of a dense layer Y = X W + b (X: n x d, W: d x k, b: k, dOut = dL/dY: n x k):
 * dX = dOut W^T (n x d), dW = X^T dOut (d x k), db = column sums of dOut (k).
 */
export function denseBackward(X: number[][], W: number[][], b: number[], dOut: number[][]): { dX: number[][]; dW: number[][]; db: number[] } {
  checkShapes(X, W, b, dOut);
  return { dX: inputGradient(dOut, W), ...parameterGradients(X, dOut) };
}

/** Throws unless X is n x d, W is d x k, b has k entries and dOut is n x k (all non-empty, no ragged rows). */
function checkShapes(X: number[][], W: number[][], b: number[], dOut: number[][]): void {
  const n = X.length;
  const d = W.length;
  if (n === 0) throw new Error("denseBackward: X has no rows");
  if (d === 0) throw new Error("denseBackward: W has no rows");
  const k = W[0].length;
  if (k === 0) throw new Error("denseBackward: W has no columns");
  W.forEach((row, j) => {
    if (row.length !== k) throw new Error(`denseBackward: row ${j} of W has ${row.length} entries, expected ${k}`);
  });
  X.forEach((row, i) => {
    if (row.length !== d) throw new Error(`denseBackward: row ${i} of X has ${row.length} entries, W has ${d} rows`);
  });
  if (b.length !== k) throw new Error(`denseBackward: b has ${b.length} entries, W has ${k} columns`);
  if (dOut.length !== n) throw new Error(`denseBackward: dOut has ${dOut.length} rows, X has ${n}`);
  dOut.forEach((row, i) => {
    if (row.length !== k) throw new Error(`denseBackward: row ${i} of dOut has ${row.length} entries, expected ${k}`);
  });
}

/** dX = dOut W^T: dX[i][j] = Σ_m dOut[i][m] · W[j][m]. */
function inputGradient(dOut: number[][], W: number[][]): number[][] {
  const dX: number[][] = [];
  for (let i = 0; i < dOut.length; i++) {
    const row = new Array<number>(W.length).fill(0);
    for (let j = 0; j < W.length; j++) {
      let sum = 0;
      for (let m = 0; m < W[j].length; m++) sum += dOut[i][m] * W[j][m];
      row[j] = sum;
    }
    dX.push(row);
  }
  return dX;
}

/** dW and db, each summed (not averaged) over the n examples of the batch. */
function parameterGradients(X: number[][], dOut: number[][]): { dW: number[][]; db: number[] } {
  return { dW: weightGradient(X, dOut), db: biasGradient(dOut) };
}

/** dW = X^T dOut: dW[j][m] = Σ_i X[i][j] · dOut[i][m]. */
function weightGradient(X: number[][], dOut: number[][]): number[][] {
  const dW: number[][] = [];
  for (let j = 0; j < X[0].length; j++) {
    const row = new Array<number>(dOut[0].length).fill(0);
    for (let m = 0; m < row.length; m++) {
      let sum = 0;
      for (let i = 0; i < X.length; i++) sum += X[i][j] * dOut[i][m];
      row[m] = sum;
    }
    dW.push(row);
  }
  return dW;
}

/** db[m] = Σ_i dOut[i][m]: the column sums of dOut. */
function biasGradient(dOut: number[][]): number[] {
  const db = new Array<number>(dOut[0].length).fill(0);
  for (let i = 0; i < dOut.length; i++) for (let m = 0; m < db.length; m++) db[m] += dOut[i][m];
  return db;
}
