export function jacobian(f: (x: number[]) => number[], x: number[], h: number = 1e-5): number[][] {
  if (x.length === 0) throw new Error("empty x");
  if (!(h > 0) || !Number.isFinite(h)) throw new Error("bad step");
  return x.map((_, j) => {
    const plus = [...x];
    const minus = [...x];
    plus[j] += h;
    minus[j] -= h;
    const fp = f(plus);
    const fm = f(minus);
    return fp.map((value, i) => (value - fm[i]) / (2 * h));
  });
}
