export function directionalDerivative(f: (x: number[]) => number, x: number[], v: number[]): number {
  if (x.length === 0 || v.length !== x.length) throw new Error("bad shapes");
  const norm = v.reduce((s, value) => s + Math.abs(value), 0);
  if (norm === 0) throw new Error("zero direction");
  const u = v.map((value) => value / norm);
  return central(f, x, u, 1e-5);
}

function central(f: (x: number[]) => number, x: number[], d: number[], h: number): number {
  const plus = x.map((value, i) => value + h * d[i]);
  const minus = x.map((value, i) => value - h * d[i]);
  return (f(plus) - f(minus)) / (2 * h);
}
