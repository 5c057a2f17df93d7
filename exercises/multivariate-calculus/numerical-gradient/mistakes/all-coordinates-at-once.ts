export function gradient(f: (x: number[]) => number, x: number[], h: number = 1e-5): number[] {
  if (!(h > 0) || !Number.isFinite(h)) throw new Error("bad step");
  const plus = x.map((v) => v + h);
  const minus = x.map((v) => v - h);
  const slope = (f(plus) - f(minus)) / (2 * h);
  return x.map(() => slope);
}
