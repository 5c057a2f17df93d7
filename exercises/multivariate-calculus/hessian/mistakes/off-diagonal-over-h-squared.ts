export function hessian(f: (x: number[]) => number, x: number[], h: number = 1e-4): number[][] {
  if (!(h > 0) || !Number.isFinite(h)) throw new Error("bad step");
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
    for (let j = 0; j < n; j++) {
      if (i === j) H[i][i] = (shifted(i, h, -1, 0) - 2 * fx + shifted(i, -h, -1, 0)) / (h * h);
      else H[i][j] = (shifted(i, h, j, h) - shifted(i, h, j, -h) - shifted(i, -h, j, h) + shifted(i, -h, j, -h)) / (h * h);
    }
  }
  return H;
}
