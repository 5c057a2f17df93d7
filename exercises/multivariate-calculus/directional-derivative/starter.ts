/** Slope of f at x in the direction of v, normalised to unit length: grad f(x) . v / |v|. */
export function directionalDerivative(f: (x: number[]) => number, x: number[], v: number[]): number {
  // Your code here.
  return 0;
}
