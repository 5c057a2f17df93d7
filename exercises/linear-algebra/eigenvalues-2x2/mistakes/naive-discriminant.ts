export function eigenvalues2x2(A: number[][]): number[] {
  if (A.length !== 2 || A[0].length !== 2 || A[1].length !== 2) throw new Error("A must be 2 x 2");
  const [[a, b], [c, d]] = A;
  const trace = a + d;
  const det = a * d - b * c;
  const disc = trace * trace - 4 * det;
  if (disc < 0) throw new Error("complex eigenvalues");
  const root = Math.sqrt(disc);
  return [(trace + root) / 2, (trace - root) / 2];
}
