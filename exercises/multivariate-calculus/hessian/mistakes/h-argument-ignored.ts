const STEP = 1e-4;

export function hessian(f: (x: number[]) => number, x: number[], h?: number): number[][] {
  if (h !== undefined && (!(h > 0) || !Number.isFinite(h))) throw new Error("bad step");
  const n = x.length;
  const shifted = (i: number, di: number, j: number, dj: number) => {
    const p = [...x];
    p[i] += di;
    if (j >= 0) p[j] += dj;
    return f(p);
  };
  const fx = f(x);
  const H: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    H[i][i] = (shifted(i, STEP, -1, 0) - 2 * fx + shifted(i, -STEP, -1, 0)) / (STEP * STEP);
    for (let j = i + 1; j < n; j++) {
      const value = (shifted(i, STEP, j, STEP) - shifted(i, STEP, j, -STEP) - shifted(i, -STEP, j, STEP) + shifted(i, -STEP, j, -STEP)) / (4 * STEP * STEP);
      H[i][j] = value;
      H[j][i] = value;
    }
  }
  return H;
}
