// The mask zeroes probabilities after the softmax; the rows no longer sum to 1.
function attentionWeights(Q: number[][], K: number[][], mask?: boolean[][]): number[][] {
  return Q.map((q, i) =>
    softmax(
      K.map((k) => score(q, k)),
      i,
    ).map((p, j) => (mask && !mask[i][j] ? 0 : p)),
  );
}
