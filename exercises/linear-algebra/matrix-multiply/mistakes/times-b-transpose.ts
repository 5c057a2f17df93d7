export function matmul(A: number[][], B: number[][]): number[][] {
  check(A, B);
  const n = A.length;
  const k = B.length;
  const m = B[0].length;
  const C: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < m; j++) {
      let sum = 0;
      for (let p = 0; p < k; p++) sum += A[i][p] * B[j][p];
      row.push(sum);
    }
    C.push(row);
  }
  return C;
}

function check(A: number[][], B: number[][]): void {
  for (const M of [A, B]) {
    if (M.length === 0 || M[0].length === 0) throw new Error("empty matrix");
    if (M.some((row) => row.length !== M[0].length)) throw new Error("ragged matrix");
  }
  if (A[0].length !== B.length) throw new Error("inner dimensions differ");
}
