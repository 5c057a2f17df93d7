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
  let scale = 0;
  for (const value of v) scale = Math.max(scale, Math.abs(value));
  if (!Number.isFinite(scale)) throw new Error("directionalDerivative: v must be finite");
  if (scale === 0) throw new Error("directionalDerivative: the zero vector has no direction");
  let squares = 0;
  for (const value of v) squares += (value / scale) ** 2;
  const norm = scale * Math.sqrt(squares);
  const u = v.map((value) => value / norm);

  const h = 1e-3;
  const at = (t: number) => f(x.map((value, i) => value + t * u[i]));
  return (at(-2 * h) - 8 * at(-h) + 8 * at(h) - at(2 * h)) / (12 * h);
}
