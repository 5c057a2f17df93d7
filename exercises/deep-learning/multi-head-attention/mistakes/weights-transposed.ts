function applyWeights(A: number[][], W: number[][]): number[][] {
  return matmul(
    A,
    W[0].map((_, c) => W.map((row) => row[c])),
  );
}
