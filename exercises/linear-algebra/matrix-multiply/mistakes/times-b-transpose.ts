function entry(A: number[][], B: number[][], i: number, j: number, k: number): number {
  let sum = 0;
  for (let p = 0; p < k; p++) sum += A[i][p] * B[j][p];
  return sum;
}
