export function denseBackward(X: number[][], W: number[][], b: number[], dOut: number[][]): { dX: number[][]; dW: number[][]; db: number[] } {
  if (X.length === 0 || W.length === 0 || W[0].length === 0) throw new Error("empty input");
  const k = W[0].length;
  if (W.some((r) => r.length !== k) || X.some((r) => r.length !== W.length)) throw new Error("X and W do not match");
  if (b.length !== k || dOut.length !== X.length || dOut.some((r) => r.length !== k)) throw new Error("bad shapes");
  const n = X.length;
  const dX = matmul(dOut, transpose(W));
  const dW = matmul(transpose(X), dOut).map((row) => row.map((v) => v / n));
  const db = W[0].map((_, m) => dOut.reduce((s, row) => s + row[m], 0) / n);
  return { dX, dW, db };
}

function matmul(A: number[][], B: number[][]): number[][] {
  return A.map((row) => B[0].map((_, c) => row.reduce((s, v, r) => s + v * B[r][c], 0)));
}

function transpose(A: number[][]): number[][] {
  return A[0].map((_, c) => A.map((row) => row[c]));
}
