/** Applies the matrix M (m x n) to each point p (length n): every point becomes M p (length m). */
export function applyTransform(M: number[][], points: number[][]): number[][] {
  // Your code here.
  return points;
}
