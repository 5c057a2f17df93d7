const H = 1e-5;

export function jacobian(f: (x: number[]) => number[], x: number[], h?: number): number[][] {
  if (x.length === 0) throw new Error("empty x");
  if (h !== undefined && (!(h > 0) || !Number.isFinite(h))) throw new Error("bad step");
  const columns = x.map((_, j) => {
    const plus = [...x];
    const minus = [...x];
    plus[j] += H;
    minus[j] -= H;
    const fp = f(plus);
    const fm = f(minus);
    return fp.map((value, i) => (value - fm[i]) / (2 * H));
  });
  return columns[0].map((_, i) => columns.map((column) => column[i]));
}
