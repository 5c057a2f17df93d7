/**
 * Hessian by central differences with step h:
 *   H[i][i] = (f(x + h e_i) - 2 f(x) + f(x - h e_i)) / h^2
 *   H[i][j] = (f(x + h e_i + h e_j) - f(x + h e_i - h e_j) - f(x - h e_i + h e_j) + f(x - h e_i - h e_j)) / (4 h^2)
 * Each off-diagonal entry is computed once and written to both H[i][j] and H[j][i], so the
 * result is exactly symmetric. x is never modified. An empty x has the empty Hessian [].
 */
export function hessian(f: (x: number[]) => number, x: number[], h: number = 1e-4): number[][] {
  checkStep(h);
  return finiteDifferenceHessian(f, x, h);
}

/** Throws unless the step h is a positive finite number. */
function checkStep(h: number): void {
  if (typeof h !== "number" || !Number.isFinite(h) || h <= 0) throw new Error(`hessian: the step h must be a positive finite number (got ${h})`);
}

/** The n x n matrix of central differences: the diagonal, then each entry above it, mirrored below. */
function finiteDifferenceHessian(f: (x: number[]) => number, x: number[], h: number): number[][] {
  const n = x.length;
  const f0 = f(x.slice());
  const H = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    setEntry(H, i, i, (at(f, x, [[i, h]]) - 2 * f0 + at(f, x, [[i, -h]])) / (h * h));
    for (let j = i + 1; j < n; j++) setEntry(H, i, j, mixedDerivative(f, x, i, j, h));
  }
  return H;
}

/** ∂²f/∂x_i∂x_j from the four corners x ± h e_i ± h e_j, over (2h)^2 = 4 h^2. */
function mixedDerivative(f: (x: number[]) => number, x: number[], i: number, j: number, h: number): number {
  return (
    (at(f, x, [
      [i, h],
      [j, h],
    ]) -
      at(f, x, [
        [i, h],
        [j, -h],
      ]) -
      at(f, x, [
        [i, -h],
        [j, h],
      ]) +
      at(f, x, [
        [i, -h],
        [j, -h],
      ])) /
    (4 * h * h)
  );
}

/** Writes one entry to H[i][j] and to its mirror H[j][i], so H is exactly symmetric. */
function setEntry(H: number[][], i: number, j: number, value: number): void {
  H[i][j] = value;
  H[j][i] = value;
}

/** f at a copy of x with each [index, step] added (x itself is never modified). */
function at(f: (x: number[]) => number, x: number[], steps: [number, number][]): number {
  const point = x.slice();
  for (const [index, step] of steps) point[index] += step;
  return f(point);
}
