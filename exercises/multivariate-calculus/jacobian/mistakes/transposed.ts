// Returns the columns as rows: J is n x m, row j holding the partials with respect to x_j.
function differenceJacobian(f: (x: number[]) => number[], x: number[], h: number): number[][] {
  return x.map((_, j) => partialDerivatives(f, x, j, h));
}
