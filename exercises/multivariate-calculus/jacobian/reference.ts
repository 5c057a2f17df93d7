/**
 * Jacobian by central differences: column j is (f(x + h e_j) - f(x - h e_j)) / (2h), and row i
 * holds the partial derivatives of output i, so J is m x n. Every row is its own array.
 */
export function jacobian(f: (x: number[]) => number[], x: number[], h: number = 1e-5): number[][] {
  const n = x.length;
  if (!Array.isArray(x) || n === 0) throw new Error("jacobian: x must have at least one coordinate");
  if (typeof h !== "number" || !Number.isFinite(h) || h <= 0) throw new Error(`jacobian: the step h must be a positive finite number (got ${h})`);
  let J: number[][] = [];
  let m = -1;
  for (let j = 0; j < n; j++) {
    const forward = x.slice();
    const backward = x.slice();
    forward[j] = x[j] + h;
    backward[j] = x[j] - h;
    const fp = f(forward);
    const fm = f(backward);
    if (!Array.isArray(fp) || !Array.isArray(fm)) throw new Error("jacobian: f must return an array");
    if (m === -1) {
      m = fp.length;
      J = Array.from({ length: m }, () => new Array<number>(n));
    }
    if (fp.length !== m || fm.length !== m) throw new Error("jacobian: f returned arrays of different lengths");
    for (let i = 0; i < m; i++) J[i][j] = (fp[i] - fm[i]) / (2 * h);
  }
  return J;
}
