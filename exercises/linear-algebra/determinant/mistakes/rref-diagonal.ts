export function det(A: number[][]): number {
  const n = A.length;
  if (A.some((row) => row.length !== n)) throw new Error("not square");
  const R = A.map((row) => [...row]);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(R[i][k]) > Math.abs(R[p][k])) p = i;
    if (R[p][k] === 0) continue;
    const tmp = R[k];
    R[k] = R[p];
    R[p] = tmp;
    const pivot = R[k][k];
    for (let j = 0; j < n; j++) R[k][j] /= pivot;
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const factor = R[i][k];
      for (let j = 0; j < n; j++) R[i][j] -= factor * R[k][j];
    }
  }
  let result = 1;
  for (let k = 0; k < n; k++) result *= R[k][k];
  return result;
}
