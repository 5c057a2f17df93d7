export function directionalDerivative(f: (x: number[]) => number, x: number[], v: number[]): number {
  if (x.length === 0 || v.length !== x.length) throw new Error("bad shapes");
  const norm = Math.hypot(...v);
  if (norm === 0) throw new Error("zero direction");
  const h = 1e-5;
  const stepped = x.map((value, i) => value + (h * v[i]) / norm);
  return (f(stepped) - f(x)) / h;
}
