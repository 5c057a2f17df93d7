/** Least-squares line y = intercept + slope * x through the points (x_i, y_i), with its R^2. */
export function fitLine(x: number[], y: number[]): { slope: number; intercept: number; r2: number } {
  // Your code here.
  return { slope: 0, intercept: 0, r2: 0 };
}
