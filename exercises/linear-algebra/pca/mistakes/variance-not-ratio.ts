function topComponents(values: number[], vectors: number[][], k: number, total: number): { components: number[][]; explainedVarianceRatio: number[] } {
  const order = values
    .map((_, i) => i)
    .sort((i, j) => values[j] - values[i])
    .slice(0, k);
  return { components: order.map((i) => withSignConvention(vectors[i])), explainedVarianceRatio: order.map((i) => values[i]) };
}
