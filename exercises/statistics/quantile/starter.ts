/** The q-quantile of x (0 <= q <= 1) by linear interpolation between sorted values, as numpy.quantile. */
export function quantile(x: number[], q: number): number {
  // Your code here.
  return x[0];
}
