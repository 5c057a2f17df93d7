export function jacobian(f: (x: number[]) => number[], x: number[], h: number = 1e-5): number[][] {
  if (x.length === 0) throw new Error("empty x");
  if (!(h > 0) || !Number.isFinite(h)) throw new Error("bad step");
  const fx = f(x);
  const J = fx.map(() => new Array<number>(x.length).fill(0));
  for (let j = 0; j < x.length; j++) {
    const plus = [...x];
    plus[j] += h;
    const fp = f(plus);
    for (let i = 0; i < fx.length; i++) J[i][j] = (fp[i] - fx[i]) / h;
  }
  return J;
}
