/** Multi-head self-attention of the rows of X: numHeads heads of width d_model / numHeads, concatenated, then times Wo. */
export function multiHeadAttention(X: number[][], Wq: number[][], Wk: number[][], Wv: number[][], Wo: number[][], numHeads: number): number[][] {
  // Your code here: one output row per row of X, d_model columns.
  return X.map((row) => row.map(() => 0));
}
