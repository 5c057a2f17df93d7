export function eigenvalues2x2(A: number[][]): number[] {
  if (A.length !== 2 || A[0].length !== 2 || A[1].length !== 2) throw new Error("A must be 2 x 2");
  const [[a, b], [c, d]] = A;
  const half = (a + d) / 2;
  const disc = ((a - d) / 2) ** 2 + b * c;
  if (disc < 0) throw new Error("complex eigenvalues");
  const root = Math.sqrt(disc);
  const big = half >= 0 ? half + root : half - root;
  const small = (a * d - b * c) / big;
  return big >= small ? [big, small] : [small, big];
}
