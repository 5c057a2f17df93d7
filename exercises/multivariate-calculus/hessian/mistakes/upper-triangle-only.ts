// Only the entry above the diagonal is written; its mirror below stays 0.
function setEntry(H: number[][], i: number, j: number, value: number): void {
  H[i][j] = value;
}
