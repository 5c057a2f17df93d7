/**
 * Directional derivative of f at x along v / |v|. The unit vector u is formed first (the norm is
 * scaled by the largest |v_i| so that it neither overflows nor underflows); the slope of
 * t -> f(x + t u) at t = 0 is then estimated by the fourth-order central stencil
 * (f(x - 2h u) - 8 f(x - h u) + 8 f(x + h u) - f(x + 2h u)) / (12 h), whose error is far below
 * the tolerance, so any accurate method of the learner agrees with it.
 */
export function directionalDerivative(f: (x: number[]) => number, x: number[], v: number[]): number {
  const n = x.length;
  if (n === 0) throw new Error("directionalDerivative: x must have at least one coordinate");
  if (v.length !== n) throw new Error(`directionalDerivative: x has ${n} coordinates but v has ${v.length}`);
  return slopeAlong(f, x, unitVector(v));
}

/** u = v / |v|; throws for the zero vector, which has no direction. */
function unitVector(v: number[]): number[] {
  const norm = euclideanNorm(v);
  if (norm === 0) throw new Error("directionalDerivative: the zero vector has no direction");
  return v.map((value) => value / norm);
}

/** |v| = s · sqrt(Σ (v_i / s)^2) with s = max |v_i|, so the squares neither overflow nor underflow; throws for non-finite v. */
function euclideanNorm(v: number[]): number {
  let scale = 0;
  for (const value of v) scale = Math.max(scale, Math.abs(value));
  if (!Number.isFinite(scale)) throw new Error("directionalDerivative: v must be finite");
  if (scale === 0) return 0;
  let squares = 0;
  for (const value of v) squares += (value / scale) ** 2;
  return scale * Math.sqrt(squares);
}

/** Slope of t -> f(x + t u) at t = 0, by the fourth-order central stencil with h = 1e-3. */
function slopeAlong(f: (x: number[]) => number, x: number[], u: number[]): number {
  const h = 1e-3;
  const at = (t: number) => f(x.map((value, i) => value + t * u[i]));
  return (at(-2 * h) - 8 * at(-h) + 8 * at(h) - at(2 * h)) / (12 * h);
}
