import { design, readParameters } from "../reference-steps";

/**
 * Ridge regression with an unpenalised bias: minimises sum((Xw + b - y)^2) + lambda ||w||^2.
 * With A = [X | 1] and D = diag(1, ..., 1, 0) the optimum solves (A^T A + lambda D) theta = A^T y,
 * by Gaussian elimination with partial pivoting. The system is singular (possible only for
 * lambda = 0) when the largest available pivot is at most 1e-10 times its largest diagonal entry.
 */
export function fitRidge(X: number[][], y: number[], lambda: number): { weights: number[]; bias: number } {
  if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new Error(`fitRidge: lambda must be a finite number >= 0, got ${lambda}`);
  const n = X.length;
  if (n === 0) throw new Error("fitRidge: X must contain at least one sample");
  if (y.length !== n) throw new Error(`fitRidge: X has ${n} rows but y has ${y.length} targets`);
  const d = X[0].length;
  for (let i = 0; i < n; i++) {
    if (X[i].length !== d) throw new Error(`fitRidge: row ${i} of X has ${X[i].length} features, row 0 has ${d}`);
  }

  const A = design(X);
  const p = A[0].length;
  const M: number[][] = Array.from({ length: p }, () => new Array<number>(p + 1).fill(0));
  for (let i = 0; i < n; i++) {
    const a = A[i];
    for (let r = 0; r < p; r++) {
      const ar = a[r];
      if (ar === 0) continue;
      const row = M[r];
      for (let c = 0; c < p; c++) row[c] += ar * a[c];
      row[p] += ar * y[i];
    }
  }
  penalise(M, d, lambda, n);

  let scale = 0;
  for (let k = 0; k < p; k++) scale = Math.max(scale, M[k][k]);
  const tolerance = 1e-10 * scale;
  for (let k = 0; k < p; k++) {
    let best = k;
    for (let i = k + 1; i < p; i++) if (Math.abs(M[i][k]) > Math.abs(M[best][k])) best = i;
    if (!(Math.abs(M[best][k]) > tolerance)) {
      throw new Error(`fitRidge: the system is singular (pivot ${M[best][k]} in column ${k}); use lambda > 0`);
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
  return readParameters(theta, d, y);
}

/** Adds lambda to the diagonal of A^T A for the d weights; the bias (last unknown) is not penalised. */
function penalise(M: number[][], d: number, lambda: number, n: number): void {
  for (let j = 0; j < d; j++) M[j][j] += lambda;
}
