function topComponents(values: number[], vectors: number[][], k: number, total: number): { components: number[][]; explainedVarianceRatio: number[] } {
  const order = values
    .map((_, i) => i)
    .sort((i, j) => values[j] - values[i])
    .slice(0, k);
  const kept = order.reduce((sum, i) => sum + values[i], 0);
  return { components: order.map((i) => withSignConvention(vectors[i])), explainedVarianceRatio: order.map((i) => values[i] / kept) };
}
