// Raw sums of x^2, y^2 and xy: the means are not subtracted.
function centredSums(x: number[], y: number[]): { sxx: number; syy: number; sxy: number } {
  let [sxx, syy, sxy] = [0, 0, 0];
  for (let i = 0; i < x.length; i++) [sxx, syy, sxy] = [sxx + x[i] * x[i], syy + y[i] * y[i], sxy + x[i] * y[i]];
  return { sxx, syy, sxy };
}
