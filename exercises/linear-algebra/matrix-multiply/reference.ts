/**
 * Matrix product of an (n x k) and a (k x m) matrix; throws on mismatched inner dimensions, on a
 * matrix with no rows (its width is unknown) and on ragged rows. Zero-width matrices are allowed:
 * (n x k) times (k x 0) is n rows of [].
 */
export function matmul(A: number[][], B: number[][]): number[][] {
  const { n, k, m } = checkShapes(A, B);
  const C: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = new Array(m);
    for (let j = 0; j < m; j++) row[j] = entry(A, B, i, j, k);
    C.push(row);
  }
  return C;
}

/** The sizes n x k of A and k x m of B; throws unless both are rectangular and the inner sizes agree. */
function checkShapes(A: number[][], B: number[][]): { n: number; k: number; m: number } {
  const n = rows(A, "A");
  const k = columns(A, "A");
  const k2 = rows(B, "B");
  const m = columns(B, "B");
  if (k !== k2) throw new Error(`matmul: A has ${k} columns but B has ${k2} rows`);
  return { n, k, m };
}

/** Entry (i, j) of A B: row i of A dotted with column j of B. */
function entry(A: number[][], B: number[][], i: number, j: number, k: number): number {
  let sum = 0;
  for (let p = 0; p < k; p++) sum += A[i][p] * B[p][j];
  return sum;
}

function rows(M: number[][], label: string): number {
  if (!Array.isArray(M) || M.length === 0) throw new Error(`matmul: ${label} has no rows`);
  return M.length;
}

function columns(M: number[][], label: string): number {
  const width = M[0].length;
  for (const row of M) {
    if (row.length !== width) throw new Error(`matmul: ${label} is ragged (rows of length ${width} and ${row.length})`);
  }
  return width;
}
