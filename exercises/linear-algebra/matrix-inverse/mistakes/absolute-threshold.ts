// the catalog's absolute threshold: right for entries of order 1, blind to the scale of A
function singularThreshold(A: number[][]): number {
  return 1e-12;
}
