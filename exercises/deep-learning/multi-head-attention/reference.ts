import { shapeOf } from "../reference-steps";

/**
 * Multi-head self-attention: Q = X Wq, K = X Wk, V = X Wv; head h attends with the contiguous
 * columns [h d_h, (h+1) d_h) scaled by sqrt(d_h); heads concatenated in order, then times Wo.
 */
export function multiHeadAttention(X: number[][], Wq: number[][], Wk: number[][], Wv: number[][], Wo: number[][], numHeads: number): number[][] {
  if (Array.isArray(X) && X.length === 0) return []; // no tokens: no output rows (an empty answer, not an error)
  const [, dModel] = shapeOf(X, "X");
  for (const [W, name] of [
    [Wq, "Wq"],
    [Wk, "Wk"],
    [Wv, "Wv"],
    [Wo, "Wo"],
  ] as const) {
    const [rows, cols] = shapeOf(W, name);
    if (rows !== dModel || cols !== dModel) throw new Error(`${name} is ${rows}x${cols}, it must be d_model x d_model = ${dModel}x${dModel}`);
  }
  if (!Number.isInteger(numHeads) || numHeads < 1) throw new Error(`numHeads must be an integer >= 1, got ${numHeads}`);
  if (dModel % numHeads !== 0) throw new Error(`d_model = ${dModel} is not divisible by numHeads = ${numHeads}`);
  const Q = applyWeights(X, Wq);
  const K = applyWeights(X, Wk);
  const V = applyWeights(X, Wv);
  // The heads' outputs side by side, head 0 first: the concatenation is n x d_model.
  const heads = headColumns(dModel, numHeads).map((columns) => attendHead(Q, K, V, columns, dModel));
  const concat = X.map((_, i) => heads.flatMap((head) => head[i]));
  return outputProjection(concat, Wo);
}

/** One head: softmax(Q_h K_h^T / scale) V_h, where Q_h, K_h, V_h are the given columns of Q, K, V (n x columns.length). */
function attendHead(Q: number[][], K: number[][], V: number[][], columns: number[], dModel: number): number[][] {
  const scale = scaleOf(columns.length, dModel);
  const scores = Q.map((q) =>
    K.map((k) => {
      let dot = 0;
      for (const c of columns) dot += q[c] * k[c];
      return dot / scale;
    }),
  );
  return attentionWeights(scores).map((weights) =>
    columns.map((c) => {
      let sum = 0;
      for (let j = 0; j < weights.length; j++) sum += weights[j] * V[j][c];
      return sum;
    }),
  );
}

/** Head h reads the contiguous columns [h d_h, (h+1) d_h). */
function headColumns(dModel: number, numHeads: number): number[][] {
  const dHead = dModel / numHeads;
  return Array.from({ length: numHeads }, (_, h) => Array.from({ length: dHead }, (_, c) => h * dHead + c));
}

/** Scores are divided by sqrt(d_h), the size of one head. */
function scaleOf(headSize: number, dModel: number): number {
  return Math.sqrt(headSize);
}

/** Softmax of each row (query i over the keys j), stable: the row's largest score is subtracted first. */
function attentionWeights(scores: number[][]): number[][] {
  return scores.map((row) => {
    let max = -Infinity;
    for (const score of row) if (score > max) max = score;
    let sum = 0;
    const exps = row.map((score) => {
      const e = Math.exp(score - max);
      sum += e;
      return e;
    });
    return exps.map((e) => e / sum);
  });
}

/** x W: the weights as given (d_model x d_model, rows = inputs). */
function applyWeights(A: number[][], W: number[][]): number[][] {
  return matmul(A, W);
}

/** The concatenated heads times Wo. */
function outputProjection(concat: number[][], Wo: number[][]): number[][] {
  return applyWeights(concat, Wo);
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
