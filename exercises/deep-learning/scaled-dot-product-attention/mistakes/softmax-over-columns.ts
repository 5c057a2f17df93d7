// Normalises each column (over the queries) instead of each row (over the keys).
function attentionWeights(Q: number[][], K: number[][], mask?: boolean[][]): number[][] {
  const scores = Q.map((q, i) => K.map((k, j) => (mask && !mask[i][j] ? -Infinity : score(q, k))));
  const columns = K.map((_, j) =>
    softmax(
      scores.map((row) => row[j]),
      j,
    ),
  );
  return scores.map((row, i) => row.map((_, j) => columns[j][i]));
}
