export function gradient(f: (x: number[]) => number, x: number[], h: number = 1e-5): number[] {
  if (!(h > 0) || !Number.isFinite(h)) throw new Error("bad step");
  return x.map((_, i) => {
    const plus = [...x];
    const minus = [...x];
    plus[i] += h;
    minus[i] -= h;
    return (f(plus) - f(minus)) / h;
  });
}
