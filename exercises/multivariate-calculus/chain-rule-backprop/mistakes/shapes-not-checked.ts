export function denseBackward(X: number[][], W: number[][], b: number[], dOut: number[][]): { dX: number[][]; dW: number[][]; db: number[] } {
  const dX = matmul(dOut, transpose(W));
  const dW = matmul(transpose(X), dOut);
  const db = W[0].map((_, m) => dOut.reduce((s, row) => s + row[m], 0));
  return { dX, dW, db };
}

function matmul(A: number[][], B: number[][]): number[][] {
  return A.map((row) => B[0].map((_, c) => row.reduce((s, v, r) => s + v * B[r][c], 0)));
}

function transpose(A: number[][]): number[][] {
  return A[0].map((_, c) => A.map((row) => row[c]));
}
