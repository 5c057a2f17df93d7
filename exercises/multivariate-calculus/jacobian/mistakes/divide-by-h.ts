export function jacobian(f: (x: number[]) => number[], x: number[], h: number = 1e-5): number[][] {
  if (x.length === 0) throw new Error("empty x");
  if (!(h > 0) || !Number.isFinite(h)) throw new Error("bad step");
  const m = f(x).length;
  const J = Array.from({ length: m }, () => new Array<number>(x.length).fill(0));
  for (let j = 0; j < x.length; j++) {
    const plus = [...x];
    const minus = [...x];
    plus[j] += h;
    minus[j] -= h;
    const fp = f(plus);
    const fm = f(minus);
    for (let i = 0; i < m; i++) J[i][j] = (fp[i] - fm[i]) / h;
  }
  return J;
}
