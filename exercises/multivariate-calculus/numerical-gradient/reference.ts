/**
 * Gradient by central differences: component i is (f(x + h e_i) - f(x - h e_i)) / (2h), where
 * e_i is the i-th unit vector. x is never modified; every evaluation gets its own copy. An empty x
 * has the empty gradient [].
 */
export function gradient(f: (x: number[]) => number, x: number[], h: number = 1e-5): number[] {
  checkStep(h);
  return x.map((xi, i) => partialDerivative(f, x, i, stepAt(xi, h)));
}

/** Throws unless the step h is a positive finite number. */
function checkStep(h: number): void {
  if (typeof h !== "number" || !Number.isFinite(h) || h <= 0) throw new Error(`gradient: the step h must be a positive finite number (got ${h})`);
}

/** The step for coordinate x_i: the same absolute h for every coordinate, whatever its size. */
function stepAt(xi: number, h: number): number {
  return h;
}

/** ∂f/∂x_i ≈ (f(x + h e_i) − f(x − h e_i)) / (2h). */
function partialDerivative(f: (x: number[]) => number, x: number[], i: number, h: number): number {
  return (f(shifted(x, i, h)) - f(shifted(x, i, -h))) / (2 * h);
}

/** A copy of x with coordinate i moved by step (x itself is never modified). */
function shifted(x: number[], i: number, step: number): number[] {
  const point = x.slice();
  point[i] = x[i] + step;
  return point;
}
