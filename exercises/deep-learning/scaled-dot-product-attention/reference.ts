import { shapeOf } from "../reference-steps";

/** Scaled dot-product attention softmax(Q K^T / sqrt(d_k)) V, with an optional boolean mask. */
export function attention(Q: number[][], K: number[][], V: number[][], mask?: boolean[][]): number[][] {
  checkShapes(Q, K, V, mask);
  // No queries: no output rows (an empty answer, not an error).
  if (Q.length === 0) return [];
  return weightedValues(attentionWeights(Q, K, mask), V);
}

/** Throws unless Q is n x d_k (or has no rows), K is m x d_k, V has m rows and the mask is n x m. */
function checkShapes(Q: number[][], K: number[][], V: number[][], mask?: boolean[][]): void {
  if (Array.isArray(Q) && Q.length === 0) {
    const [m] = shapeOf(K, "K");
    if (shapeOf(V, "V")[0] !== m) throw new Error(`K has ${m} rows but V has a different number: every key needs a value`);
    if (mask !== undefined && mask !== null && (!Array.isArray(mask) || mask.length !== 0)) throw new Error("the mask must have 0 rows, one per query");
    return;
  }
  const [n, dk] = shapeOf(Q, "Q");
  const [m, dkOfK] = shapeOf(K, "K");
  const [mOfV] = shapeOf(V, "V");
  if (dkOfK !== dk) throw new Error(`Q has ${dk} columns but K has ${dkOfK}: queries and keys must have the same dimension`);
  if (mOfV !== m) throw new Error(`K has ${m} rows but V has ${mOfV}: every key needs a value`);
  if (mask !== undefined && mask !== null) {
    if (!Array.isArray(mask) || mask.length !== n) throw new Error(`the mask must have ${n} rows, one per query`);
    for (const row of mask) {
      if (!Array.isArray(row) || row.length !== m) throw new Error(`every mask row must have ${m} entries, one per key`);
    }
  }
}

/** Row i: the softmax over the keys of query i's scores; a key the mask excludes scores −∞, so its weight is exactly 0. */
function attentionWeights(Q: number[][], K: number[][], mask?: boolean[][]): number[][] {
  return Q.map((q, i) =>
    softmax(
      K.map((k, j) => (mask && !mask[i][j] ? -Infinity : score(q, k))),
      i,
    ),
  );
}

/** The scaled score q · k / sqrt(d_k). */
function score(q: number[], k: number[]): number {
  let dot = 0;
  for (let c = 0; c < q.length; c++) dot += q[c] * k[c];
  return dot / Math.sqrt(q.length);
}

/** Softmax of query i's scores: e^(s_j − shift) / Σ e^(s − shift). */
function softmax(scores: number[], i: number): number[] {
  const shift = stabilisingShift(scores, i);
  const weights = scores.map((s) => Math.exp(s - shift));
  let sum = 0;
  for (const w of weights) sum += w;
  return weights.map((w) => w / sum);
}

/** The row's largest allowed score, so the largest exponent is e^0 = 1; throws when the mask excludes every key. */
function stabilisingShift(scores: number[], i: number): number {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  if (max === -Infinity) throw new Error(`the mask excludes every key for query ${i}: its attention weights are undefined`);
  return max;
}

/** Output row i: Σ_j weights[i][j] · V[j] (keys of weight exactly 0 skipped). */
function weightedValues(weights: number[][], V: number[][]): number[][] {
  return weights.map((p) => {
    const row: number[] = new Array(V[0].length).fill(0);
    for (let j = 0; j < p.length; j++) {
      if (p[j] === 0) continue;
      for (let c = 0; c < row.length; c++) row[c] += p[j] * V[j][c];
    }
    return row;
  });
}
