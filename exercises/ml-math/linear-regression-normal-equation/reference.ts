import { design, readParameters } from "../reference-steps";

/**
 * Least-squares linear regression through the normal equations. A = [X | 1] (the bias is the
 * last unknown); (A^T A) theta = A^T y is solved by Gaussian elimination with partial pivoting.
 * A^T A is singular when the largest available pivot is at most 1e-10 times its largest
 * diagonal entry (a threshold relative to the data's scale, not an absolute one).
 */
export function fitNormalEquation(X: number[][], y: number[]): { weights: number[]; bias: number } {
  const n = X.length;
  if (n === 0) throw new Error("fitNormalEquation: X must contain at least one sample");
  if (y.length !== n) throw new Error(`fitNormalEquation: X has ${n} rows but y has ${y.length} targets`);
  const d = X[0].length;
  for (let i = 0; i < n; i++) {
    if (X[i].length !== d) throw new Error(`fitNormalEquation: row ${i} of X has ${X[i].length} features, row 0 has ${d}`);
  }

  return readParameters(leastSquares(design(X), y), d, y);
}

/** Solves the normal equations (A^T A) theta = A^T y by Gaussian elimination with partial pivoting. */
function leastSquares(A: number[][], y: number[]): number[] {
  // Augmented system [A^T A | A^T y], p x (p + 1).
  const p = A[0].length;
  const M: number[][] = Array.from({ length: p }, () => new Array<number>(p + 1).fill(0));
  for (let i = 0; i < A.length; i++) {
    const a = A[i];
    for (let r = 0; r < p; r++) {
      const ar = a[r];
      if (ar === 0) continue;
      const row = M[r];
      for (let c = 0; c < p; c++) row[c] += ar * a[c];
      row[p] += ar * y[i];
    }
  }

  let scale = 0;
  for (let k = 0; k < p; k++) scale = Math.max(scale, M[k][k]);
  const tolerance = 1e-10 * scale;

  for (let k = 0; k < p; k++) {
    let best = k;
    for (let i = k + 1; i < p; i++) if (Math.abs(M[i][k]) > Math.abs(M[best][k])) best = i;
    if (isSingular(M[best][k], tolerance)) {
      throw new Error(`fitNormalEquation: X^T X is singular (pivot ${M[best][k]} in column ${k}, threshold ${tolerance})`);
    }
    if (best !== k) [M[k], M[best]] = [M[best], M[k]];
    const pivotRow = M[k];
    for (let i = k + 1; i < p; i++) {
      const factor = M[i][k] / pivotRow[k];
      if (factor === 0) continue;
      const row = M[i];
      for (let j = k; j <= p; j++) row[j] -= factor * pivotRow[j];
    }
  }

  const theta = new Array<number>(p);
  for (let k = p - 1; k >= 0; k--) {
    let s = M[k][p];
    for (let j = k + 1; j < p; j++) s -= M[k][j] * theta[j];
    theta[k] = s / M[k][k];
  }
  return theta;
}

/** Singular when the best pivot is at most the tolerance, 1e-10 times the largest diagonal entry of A^T A. */
function isSingular(pivot: number, tolerance: number): boolean {
  return !(Math.abs(pivot) > tolerance);
}
