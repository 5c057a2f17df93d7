/**
 * Hessian by central differences with step h:
 *   H[i][i] = (f(x + h e_i) - 2 f(x) + f(x - h e_i)) / h^2
 *   H[i][j] = (f(x + h e_i + h e_j) - f(x + h e_i - h e_j) - f(x - h e_i + h e_j) + f(x - h e_i - h e_j)) / (4 h^2)
 * Each off-diagonal entry is computed once and written to both H[i][j] and H[j][i], so the
 * result is exactly symmetric. x is never modified. An empty x has the empty Hessian [].
 */
export function hessian(f: (x: number[]) => number, x: number[], h: number = 1e-4): number[][] {
  const n = x.length;
  if (typeof h !== "number" || !Number.isFinite(h) || h <= 0) throw new Error(`hessian: the step h must be a positive finite number (got ${h})`);
  const at = (steps: [number, number][]) => {
    const point = x.slice();
    for (const [index, step] of steps) point[index] += step;
    return f(point);
  };
  const f0 = f(x.slice());
  const H = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    H[i][i] = (at([[i, h]]) - 2 * f0 + at([[i, -h]])) / (h * h);
    for (let j = i + 1; j < n; j++) {
      const value = (at([[i, h], [j, h]]) - at([[i, h], [j, -h]]) - at([[i, -h], [j, h]]) + at([[i, -h], [j, -h]])) / (4 * h * h);
      H[i][j] = value;
      H[j][i] = value;
    }
  }
  return H;
}
