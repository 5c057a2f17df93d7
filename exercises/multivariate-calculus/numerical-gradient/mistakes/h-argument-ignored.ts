const H = 1e-5;

export function gradient(f: (x: number[]) => number, x: number[], h?: number): number[] {
  if (h !== undefined && (!(h > 0) || !Number.isFinite(h))) throw new Error("bad step");
  return x.map((_, i) => {
    const plus = [...x];
    const minus = [...x];
    plus[i] += H;
    minus[i] -= H;
    return (f(plus) - f(minus)) / (2 * H);
  });
}
