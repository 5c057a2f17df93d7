// "Cleans up" the rounding noise: anything this small is treated as an exact zero.
function setEntry(H: number[][], i: number, j: number, value: number): void {
  const v = Math.abs(value) < 1e-4 ? 0 : value;
  H[i][j] = v;
  H[j][i] = v;
}
