// Sums each row of dOut (over the outputs) instead of each column (over the batch).
function biasGradient(dOut: number[][]): number[] {
  return dOut.map((row) => row.reduce((s, v) => s + v, 0));
}
