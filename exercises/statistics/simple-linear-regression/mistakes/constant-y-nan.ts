// A constant y not treated apart: r2 = 1 - 0 / 0 = NaN.
function flatFit(y: number[]): { slope: number; intercept: number; r2: number } | null {
  return null;
}
