/**
 * Matrix product of an (n x k) and a (k x m) matrix; throws on mismatched inner dimensions, on a
 * matrix with no rows (its width is unknown) and on ragged rows. Zero-width matrices are allowed:
 * (n x k) times (k x 0) is n rows of [].
 */
export function matmul(A: number[][], B: number[][]): number[][] {
  const n = rows(A, "A");
  const k = columns(A, "A");
  const k2 = rows(B, "B");
  const m = columns(B, "B");
  if (k !== k2) throw new Error(`matmul: A has ${k} columns but B has ${k2} rows`);
  const C: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = new Array(m);
    for (let j = 0; j < m; j++) {
      let sum = 0;
      for (let p = 0; p < k; p++) sum += A[i][p] * B[p][j];
      row[j] = sum;
    }
    C.push(row);
  }
  return C;
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
