export function det(A: number[][]): number {
  const n = checkSquare(A);
  if (n === 0) return 1;
  if (n === 1) return A[0][0];
  if (n === 2) return A[0][0] * A[1][1] - A[0][1] * A[1][0];
  // Rule of Sarrus: wrapped diagonals minus wrapped anti-diagonals.
  let result = 0;
  for (let k = 0; k < n; k++) {
    let down = 1;
    let up = 1;
    for (let i = 0; i < n; i++) {
      down *= A[i][(k + i) % n];
      up *= A[i][(k - i + n) % n];
    }
    result += down - up;
  }
  return result;
}
