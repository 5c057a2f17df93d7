export function multiHeadAttention(
  X: number[][],
  Wq: number[][],
  Wk: number[][],
  Wv: number[][],
  Wo: number[][],
  numHeads: number,
): number[][] {
  if (X.length === 0) return [];
  const d = X.length > 0 ? X[0].length : 0;
  if (d === 0 || X.some((row) => row.length !== d)) throw new Error("X must be a non-empty n x d_model matrix");
  for (const W of [Wq, Wk, Wv, Wo]) if (W.length !== d || W.some((row) => row.length !== d)) throw new Error("weights must be d_model x d_model");
  if (!Number.isInteger(numHeads) || numHeads < 1 || d % numHeads !== 0) throw new Error("numHeads must divide d_model");
  const dh = d / numHeads;
  const Q = matmul(X, Wq);
  const K = matmul(X, Wk);
  const V = matmul(X, Wv);
  const heads: number[][][] = [];
  for (let h = 0; h < numHeads; h++) {
    // Head h takes every numHeads-th column (h, h + numHeads, ...) instead of a contiguous block.
    const cols = Array.from({ length: dh }, (_, c) => c * numHeads + h);
    const Qh = Q.map((row) => cols.map((c) => row[c]));
    const Kh = K.map((row) => cols.map((c) => row[c]));
    const Vh = V.map((row) => cols.map((c) => row[c]));
    const scores = Qh.map((q) => Kh.map((k) => dot(q, k) / Math.sqrt(dh)));
    const P = scores.map(softmax);
    heads.push(matmul(P, Vh));
  }
  const concat = X.map((_, i) => heads.flatMap((head) => head[i]));
  return matmul(concat, Wo);
}

function dot(a: number[], b: number[]): number {
  return a.reduce((acc, v, i) => acc + v * b[i], 0);
}

function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const exps = z.map((v) => Math.exp(v - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((v) => v / sum);
}
