// Constant samples not recognised from their values: the computed standard error decides, and it
// is about 1e-34, not 0, for [0.1, 0.1, 0.1] against seven copies of 0.7.
function isConstant(x: number[]): boolean {
  return false;
}
