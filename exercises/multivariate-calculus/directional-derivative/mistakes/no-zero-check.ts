export function directionalDerivative(f: (x: number[]) => number, x: number[], v: number[]): number {
  if (x.length === 0 || v.length !== x.length) throw new Error("bad shapes");
  const norm = Math.sqrt(v.reduce((s, value) => s + value * value, 0));
  const u = v.map((value) => value / norm);
  return central(f, x, u, 1e-5);
}

function central(f: (x: number[]) => number, x: number[], d: number[], h: number): number {
  const plus = x.map((value, i) => value + h * d[i]);
  const minus = x.map((value, i) => value - h * d[i]);
  return (f(plus) - f(minus)) / (2 * h);
}
