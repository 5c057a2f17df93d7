/**
 * Multi-head self-attention: Q = X Wq, K = X Wk, V = X Wv; head h attends with the contiguous
 * columns [h d_h, (h+1) d_h) scaled by sqrt(d_h); heads concatenated in order, then times Wo.
 */
export function multiHeadAttention(
  X: number[][],
  Wq: number[][],
  Wk: number[][],
  Wv: number[][],
  Wo: number[][],
  numHeads: number,
): number[][] {
  if (Array.isArray(X) && X.length === 0) return []; // no tokens: no output rows (an empty answer, not an error)
  const [n, dModel] = shapeOf(X, "X");
  for (const [W, name] of [[Wq, "Wq"], [Wk, "Wk"], [Wv, "Wv"], [Wo, "Wo"]] as const) {
    const [rows, cols] = shapeOf(W, name);
    if (rows !== dModel || cols !== dModel) throw new Error(`${name} is ${rows}x${cols}, it must be d_model x d_model = ${dModel}x${dModel}`);
  }
  if (!Number.isInteger(numHeads) || numHeads < 1) throw new Error(`numHeads must be an integer >= 1, got ${numHeads}`);
  if (dModel % numHeads !== 0) throw new Error(`d_model = ${dModel} is not divisible by numHeads = ${numHeads}`);
  const dHead = dModel / numHeads;
  const Q = matmul(X, Wq);
  const K = matmul(X, Wk);
  const V = matmul(X, Wv);
  const scale = Math.sqrt(dHead);
  // Each head writes its output into its own block of columns of the concatenation.
  const concat: number[][] = Array.from({ length: n }, () => new Array(dModel).fill(0));
  for (let h = 0; h < numHeads; h++) {
    const first = h * dHead;
    for (let i = 0; i < n; i++) {
      const scores: number[] = new Array(n);
      let max = -Infinity;
      for (let j = 0; j < n; j++) {
        let dot = 0;
        for (let c = first; c < first + dHead; c++) dot += Q[i][c] * K[j][c];
        scores[j] = dot / scale;
        if (scores[j] > max) max = scores[j];
      }
      // Stable softmax over the keys j: subtract the row's largest score before exponentiating.
      let sum = 0;
      for (let j = 0; j < n; j++) {
        scores[j] = Math.exp(scores[j] - max);
        sum += scores[j];
      }
      for (let j = 0; j < n; j++) {
        const p = scores[j] / sum;
        for (let c = first; c < first + dHead; c++) concat[i][c] += p * V[j][c];
      }
    }
  }
  return matmul(concat, Wo);
}

function matmul(A: number[][], B: number[][]): number[][] {
  const inner = B.length;
  const cols = B[0].length;
  return A.map((row) => {
    const out = new Array(cols).fill(0);
    for (let k = 0; k < inner; k++) {
      const a = row[k];
      for (let c = 0; c < cols; c++) out[c] += a * B[k][c];
    }
    return out;
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
