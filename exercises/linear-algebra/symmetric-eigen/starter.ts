/** Eigenvalues (descending) and unit eigenvectors (rows, largest-magnitude component positive) of a symmetric matrix. */
export function symmetricEigen(A: number[][]): { values: number[]; vectors: number[][] } {
  // Your code here.
  return { values: A.map((row, i) => row[i]), vectors: A.map((row, i) => row.map((_, j) => (i === j ? 1 : 0))) };
}
