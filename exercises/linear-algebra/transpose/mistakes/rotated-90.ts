export function transpose(A: number[][]): number[][] {
  checkShape(A);
  if (A.length === 0) return [];
  const rows = A.length;
  // rows reversed while turning them into columns: a 90-degree rotation
  return A[0].map((_, j) => A.map((__, i) => A[rows - 1 - i][j]));
}

function checkShape(A: number[][]): void {
  for (const row of A) if (row.length !== A[0].length) throw new Error("ragged matrix");
}
