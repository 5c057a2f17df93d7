/**
 * Real eigenvalues of a 2 x 2 matrix, largest first, without cancellation: the discriminant is
 * computed as ((a - d) / 2)^2 + b c (never tr^2 - 4 det), the root of larger magnitude as
 * tr / 2 + sign(tr) sqrt(disc) (a sum of two numbers of the same sign) and the other one from
 * the product of the roots, det / big. The matrix is first scaled by a power of two (exact), so
 * squares of entries neither overflow nor underflow. Complex eigenvalues (disc < 0) throw.
 */
export function eigenvalues2x2(A: number[][]): number[] {
  if (!Array.isArray(A) || A.length !== 2) throw new Error("eigenvalues2x2: A must be a 2 x 2 matrix");
  for (const row of A) {
    if (!Array.isArray(row) || row.length !== 2) throw new Error("eigenvalues2x2: A must be a 2 x 2 matrix");
  }
  const [[a0, b0], [c0, d0]] = A;
  const largest = Math.max(Math.abs(a0), Math.abs(b0), Math.abs(c0), Math.abs(d0));
  if (largest === 0) return [0, 0];
  // A power of two: dividing by it is exact, and it brings every entry into [-2, 2].
  const scale = 2 ** Math.floor(Math.log2(largest));
  const a = a0 / scale;
  const b = b0 / scale;
  const c = c0 / scale;
  const d = d0 / scale;

  const [big, small] = roots(a, b, c, d);
  return ordered(big * scale, small * scale);
}

/** The two eigenvalues of [[a, b], [c, d]]: the one of larger magnitude first, then the other. */
function roots(a: number, b: number, c: number, d: number): [number, number] {
  const halfTrace = (a + d) / 2;
  const disc = discriminant(a, b, c, d);
  const root = Math.sqrt(disc);
  const big = halfTrace >= 0 ? halfTrace + root : halfTrace - root;
  return [big, smallRoot(a, b, c, d, big)];
}

/** ((a - d) / 2)^2 + b c, the quarter of tr^2 - 4 det without cancellation; throws when negative. */
function discriminant(a: number, b: number, c: number, d: number): number {
  const halfGap = (a - d) / 2;
  const disc = halfGap * halfGap + b * c;
  if (disc < 0) throw new Error("eigenvalues2x2: the eigenvalues are complex");
  return disc;
}

/** The other root from the product of the roots, det / big (big = 0 only for a double eigenvalue 0). */
function smallRoot(a: number, b: number, c: number, d: number, big: number): number {
  return big === 0 ? 0 : (a * d - b * c) / big;
}

/** The two eigenvalues, largest first. */
function ordered(x: number, y: number): number[] {
  return x >= y ? [x, y] : [y, x];
}
