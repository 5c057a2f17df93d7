/** PCA of the rows of X: the top k principal directions (rows) and the fraction of variance each explains. */
export function pca(X: number[][], k: number): { components: number[][]; explainedVarianceRatio: number[] } {
  // Your code here.
  return { components: [], explainedVarianceRatio: [] };
}
