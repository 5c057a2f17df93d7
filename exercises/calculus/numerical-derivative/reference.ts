/**
 * Central difference (f(x + h) - f(x - h)) / 2h with the default step h = 1e-5. Its truncation
 * error is O(h^2) (f'''(x) h^2 / 6), against O(h) for a one-sided difference.
 */
export function derivative(f: (x: number) => number, x: number, h: number = 1e-5): number {
  if (typeof h !== "number" || !(h > 0) || !Number.isFinite(h)) {
    throw new Error(`derivative: the step h must be a positive finite number, got ${h}`);
  }
  return (f(x + h) - f(x - h)) / (2 * h);
}
