/** Scaled dot-product attention softmax(Q K^T / sqrt(d_k)) V, with an optional boolean mask. */
export function attention(Q: number[][], K: number[][], V: number[][], mask?: boolean[][]): number[][] {
  if (Array.isArray(Q) && Q.length === 0) {
    // No queries: no output rows (an empty answer, not an error).
    const [m] = shapeOf(K, "K");
    if (shapeOf(V, "V")[0] !== m) throw new Error(`K has ${m} rows but V has a different number: every key needs a value`);
    if (mask !== undefined && mask !== null && (!Array.isArray(mask) || mask.length !== 0)) throw new Error("the mask must have 0 rows, one per query");
    return [];
  }
  const [n, dk] = shapeOf(Q, "Q");
  const [m, dkOfK] = shapeOf(K, "K");
  const [mOfV, dv] = shapeOf(V, "V");
  if (dkOfK !== dk) throw new Error(`Q has ${dk} columns but K has ${dkOfK}: queries and keys must have the same dimension`);
  if (mOfV !== m) throw new Error(`K has ${m} rows but V has ${mOfV}: every key needs a value`);
  if (mask !== undefined && mask !== null) {
    if (!Array.isArray(mask) || mask.length !== n) throw new Error(`the mask must have ${n} rows, one per query`);
    for (const row of mask) {
      if (!Array.isArray(row) || row.length !== m) throw new Error(`every mask row must have ${m} entries, one per key`);
    }
  }
  const scale = Math.sqrt(dk);
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    // Scores of query i against every allowed key; excluded keys get weight exactly 0.
    const scores: number[] = new Array(m);
    let max = -Infinity;
    for (let j = 0; j < m; j++) {
      if (mask && !mask[i][j]) continue;
      let dot = 0;
      for (let k = 0; k < dk; k++) dot += Q[i][k] * K[j][k];
      scores[j] = dot / scale;
      if (scores[j] > max) max = scores[j];
    }
    if (max === -Infinity) throw new Error(`the mask excludes every key for query ${i}: its attention weights are undefined`);
    // Stable softmax: subtract the row's largest allowed score, so the largest exponent is e^0 = 1.
    const weights: number[] = new Array(m).fill(0);
    let sum = 0;
    for (let j = 0; j < m; j++) {
      if (mask && !mask[i][j]) continue;
      weights[j] = Math.exp(scores[j] - max);
      sum += weights[j];
    }
    const row: number[] = new Array(dv).fill(0);
    for (let j = 0; j < m; j++) {
      if (weights[j] === 0) continue;
      const p = weights[j] / sum;
      for (let c = 0; c < dv; c++) row[c] += p * V[j][c];
    }
    out.push(row);
  }
  return out;
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
