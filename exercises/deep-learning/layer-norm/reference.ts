/** Layer normalisation: each row standardised by its own mean and population variance, then scaled and shifted per column. */
export function layerNorm(x: number[][], gamma: number[], beta: number[], eps = 1e-5): number[][] {
  if (Array.isArray(x) && x.length === 0) return []; // no rows to normalise: the answer is empty too
  const [, d] = shapeOf(x, "x");
  if (!Array.isArray(gamma) || gamma.length !== d) throw new Error(`gamma must have ${d} entries, one per column`);
  if (!Array.isArray(beta) || beta.length !== d) throw new Error(`beta must have ${d} entries, one per column`);
  return x.map((row) => {
    let mean = 0;
    for (const v of row) mean += v;
    mean /= d;
    // Two passes: the variance is the mean of squared deviations, never E[x^2] - mean^2, which
    // cancels catastrophically when the row sits far from 0 (for example around 1e8).
    let variance = 0;
    for (const v of row) variance += (v - mean) * (v - mean);
    variance /= d;
    const inv = 1 / Math.sqrt(variance + eps);
    return row.map((v, j) => gamma[j] * (v - mean) * inv + beta[j]);
  });
}

/** [rows, columns] of a non-empty rectangular matrix; throws for empty or ragged input. */
function shapeOf(matrix: number[][], name: string): [number, number] {
  if (!Array.isArray(matrix) || matrix.length === 0) throw new Error(`${name} must have at least one row`);
  const columns = Array.isArray(matrix[0]) ? matrix[0].length : 0;
  if (columns === 0) throw new Error(`${name} must have at least one column`);
  for (const row of matrix) {
    if (!Array.isArray(row) || row.length !== columns) throw new Error(`${name} rows must all have ${columns} entries`);
  }
  return [matrix.length, columns];
}
