// rows reversed while turning them into columns: a 90-degree rotation
function transposed(A: number[][], rows: number, cols: number): number[][] {
  return A[0].map((_, j) => A.map((__, i) => A[rows - 1 - i][j]));
}
