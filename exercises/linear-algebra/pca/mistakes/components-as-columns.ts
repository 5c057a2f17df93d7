function topComponents(values: number[], vectors: number[][], k: number, total: number): { components: number[][]; explainedVarianceRatio: number[] } {
  const order = values
    .map((_, i) => i)
    .sort((i, j) => values[j] - values[i])
    .slice(0, k);
  const rows = order.map((i) => withSignConvention(vectors[i]));
  return { components: rows[0].map((_, r) => rows.map((row) => row[r])), explainedVarianceRatio: order.map((i) => values[i] / total) };
}
