// dOut W instead of dOut W^T: dX[i][j] = Σ_m dOut[i][m] · W[m][j].
function inputGradient(dOut: number[][], W: number[][]): number[][] {
  return dOut.map((row) => W.map((_, j) => row.reduce((s, v, m) => s + v * W[m][j], 0)));
}
