export function hessian(f: (x: number[]) => number, x: number[], h: number = 1e-4): number[][] {
  if (!(h > 0) || !Number.isFinite(h)) throw new Error("bad step");
  const n = x.length;
  const shifted = (i: number, di: number, j: number, dj: number) => {
    const p = [...x];
    p[i] += di;
    if (j >= 0) p[j] += dj;
    return f(p);
  };
  // "Clean up" the rounding noise: anything this small is treated as an exact zero.
  const clean = (v: number) => (Math.abs(v) < 1e-4 ? 0 : v);
  const fx = f(x);
  const H: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    H[i][i] = clean((shifted(i, h, -1, 0) - 2 * fx + shifted(i, -h, -1, 0)) / (h * h));
    for (let j = i + 1; j < n; j++) {
      const v = clean((shifted(i, h, j, h) - shifted(i, h, j, -h) - shifted(i, -h, j, h) + shifted(i, -h, j, -h)) / (4 * h * h));
      H[i][j] = v;
      H[j][i] = v;
    }
  }
  return H;
}
