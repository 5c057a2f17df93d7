function attentionWeights(scores: number[][]): number[][] {
  return scores.map((row) => {
    const exps = row.map((score) => Math.exp(score));
    const sum = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / sum);
  });
}
