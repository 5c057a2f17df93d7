/**
 * Jacobian by central differences: column j is (f(x + h e_j) - f(x - h e_j)) / (2h), and row i
 * holds the partial derivatives of output i, so J is m x n. Every row is its own array.
 */
export function jacobian(f: (x: number[]) => number[], x: number[], h: number = 1e-5): number[][] {
  checkPoint(x);
  checkStep(h);
  return differenceJacobian(f, x, h);
}

/** Throws unless x has at least one coordinate. */
function checkPoint(x: number[]): void {
  if (!Array.isArray(x) || x.length === 0) throw new Error("jacobian: x must have at least one coordinate");
}

/** Throws unless the step h is a positive finite number. */
function checkStep(h: number): void {
  if (typeof h !== "number" || !Number.isFinite(h) || h <= 0) throw new Error(`jacobian: the step h must be a positive finite number (got ${h})`);
}

/** J[i][j] = ∂f_i/∂x_j, filled one column j at a time; every column must have the same m entries. */
function differenceJacobian(f: (x: number[]) => number[], x: number[], h: number): number[][] {
  let J: number[][] = [];
  let m = -1;
  for (let j = 0; j < x.length; j++) {
    const column = partialDerivatives(f, x, j, h);
    if (m === -1) {
      m = column.length;
      J = emptyRows(m, x.length);
    }
    if (column.length !== m) throw new Error("jacobian: f returned arrays of different lengths");
    for (let i = 0; i < m; i++) J[i][j] = column[i];
  }
  return J;
}

/** m rows of n entries, each row its own array. */
function emptyRows(m: number, n: number): number[][] {
  return Array.from({ length: m }, () => new Array<number>(n));
}

/** ∂f_i/∂x_j for every output i: (f(x + h e_j)[i] − f(x − h e_j)[i]) / (2h). */
function partialDerivatives(f: (x: number[]) => number[], x: number[], j: number, h: number): number[] {
  const forward = x.slice();
  const backward = x.slice();
  forward[j] = x[j] + h;
  backward[j] = x[j] - h;
  const fp = f(forward);
  const fm = f(backward);
  if (!Array.isArray(fp) || !Array.isArray(fm)) throw new Error("jacobian: f must return an array");
  if (fp.length !== fm.length) throw new Error("jacobian: f returned arrays of different lengths");
  return fp.map((value, i) => (value - fm[i]) / (2 * h));
}
