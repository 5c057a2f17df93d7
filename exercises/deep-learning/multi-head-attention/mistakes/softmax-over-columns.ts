function attentionWeights(scores: number[][]): number[][] {
  const columns = scores[0].map((_, j) => {
    const column = scores.map((row) => row[j]);
    const max = Math.max(...column);
    const exps = column.map((score) => Math.exp(score - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / sum);
  });
  return scores.map((row, i) => row.map((_, j) => columns[j][i]));
}
