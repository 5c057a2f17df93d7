/**
 * Gradient by central differences: component i is (f(x + h e_i) - f(x - h e_i)) / (2h), where
 * e_i is the i-th unit vector. x is never modified; every evaluation gets its own copy. An empty x
 * has the empty gradient [].
 */
export function gradient(f: (x: number[]) => number, x: number[], h: number = 1e-5): number[] {
  if (typeof h !== "number" || !Number.isFinite(h) || h <= 0) throw new Error(`gradient: the step h must be a positive finite number (got ${h})`);
  const n = x.length;
  const g = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const forward = x.slice();
    const backward = x.slice();
    forward[i] = x[i] + h;
    backward[i] = x[i] - h;
    g[i] = (f(forward) - f(backward)) / (2 * h);
  }
  return g;
}
