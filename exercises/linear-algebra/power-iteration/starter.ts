/** Dominant eigenpair of A by power iteration: unit eigenvector, largest-magnitude component positive. */
export function powerIteration(A: number[][], iterations: number = 1000): { value: number; vector: number[] } {
  // Your code here.
  return { value: 0, vector: A.map(() => 0) };
}
