import { withSignConvention } from "../reference-steps";

/**
 * Eigen-decomposition of a real symmetric matrix by cyclic Jacobi rotations: each rotation zeroes
 * one off-diagonal pair (p, q) and is accumulated into V, whose columns converge to the
 * eigenvectors. Sweeps repeat until the off-diagonal part is negligible next to the matrix norm.
 * Values are returned in descending order; vectors[i] (a row) belongs to values[i], has unit
 * length and its largest-magnitude component positive.
 */
export function symmetricEigen(A: number[][]): { values: number[]; vectors: number[][] } {
  const n = checkSymmetric(A);
  const { a, V } = jacobiSweeps(A, n);
  return sortedPairs(a, V, n);
}

/** Rotates a copy of A until it is diagonal: a holds the eigenvalues on its diagonal, V's columns the eigenvectors. */
function jacobiSweeps(A: number[][], n: number): { a: number[][]; V: number[][] } {
  const a = A.map((row) => row.slice());
  const V: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

  let norm2 = 0;
  for (const row of a) for (const x of row) norm2 += x * x;

  for (let sweep = 0; sweep < 100; sweep++) {
    let off2 = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off2 += a[p][q] * a[p][q];
    if (converged(off2, norm2)) break;

    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p][q];
        if (apq === 0) continue;
        // Rotation angle that zeroes a[p][q]: t = tan(phi), the smaller root of t^2 + 2 theta t - 1 = 0.
        const theta = (a[q][q] - a[p][p]) / (2 * apq);
        const t = Math.abs(theta) > 1e150 ? 1 / (2 * theta) : (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;

        a[p][p] -= t * apq;
        a[q][q] += t * apq;
        a[p][q] = 0;
        a[q][p] = 0;
        for (let r = 0; r < n; r++) {
          if (r !== p && r !== q) {
            const arp = a[r][p];
            const arq = a[r][q];
            a[r][p] = a[p][r] = c * arp - s * arq;
            a[r][q] = a[q][r] = s * arp + c * arq;
          }
          const vrp = V[r][p];
          const vrq = V[r][q];
          V[r][p] = c * vrp - s * vrq;
          V[r][q] = s * vrp + c * vrq;
        }
      }
    }
  }
  return { a, V };
}

/** Converged once the off-diagonal part is negligible next to the matrix norm (relative: any scale of A). */
function converged(off2: number, norm2: number): boolean {
  return off2 <= 1e-36 * norm2;
}

/** Values in descending order; vectors[i] (a row) belongs to values[i], with its sign fixed. */
function sortedPairs(a: number[][], V: number[][], n: number): { values: number[]; vectors: number[][] } {
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j][j] - a[i][i]);
  return {
    values: order.map((k) => a[k][k]),
    vectors: order.map((k) => withSignConvention(V.map((row) => row[k]))),
  };
}

function checkSymmetric(A: number[][]): number {
  if (!Array.isArray(A) || A.length === 0) throw new Error("symmetricEigen: A has no rows");
  const n = A.length;
  let largest = 0;
  for (const row of A) {
    if (!Array.isArray(row) || row.length !== n) throw new Error("symmetricEigen: A must be a square matrix");
    for (const x of row) largest = Math.max(largest, Math.abs(x));
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (Math.abs(A[i][j] - A[j][i]) > 1e-9 * largest) throw new Error(`symmetricEigen: A is not symmetric (A[${i}][${j}] != A[${j}][${i}])`);
    }
  }
  return n;
}
