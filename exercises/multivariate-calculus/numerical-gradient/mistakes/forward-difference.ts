export function gradient(f: (x: number[]) => number, x: number[], h: number = 1e-5): number[] {
  if (!(h > 0) || !Number.isFinite(h)) throw new Error("bad step");
  const fx = f(x);
  return x.map((_, i) => {
    const shifted = [...x];
    shifted[i] += h;
    return (f(shifted) - fx) / h;
  });
}
