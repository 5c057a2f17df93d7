export function symmetricEigen(A: number[][]): { values: number[]; vectors: number[][] } {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("A must be square");
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) if (A[i][j] !== A[j][i]) throw new Error("A must be symmetric");
  const a = A.map((row) => [...row]);
  const V: number[][] = A.map((_, i) => A.map((_, j) => (i === j ? 1 : 0)));
  const scale = Math.max(...A.map((row) => Math.max(...row.map(Math.abs))));
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off = Math.max(off, Math.abs(a[p][q]));
    // "converged" once the off-diagonal entries look small next to the matrix: too loose
    if (off < 1e-8 * scale) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (a[p][q] === 0) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k][p];
          const akq = a[k][q];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k];
          const aqk = a[q][k];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = V[k][p];
          const vkq = V[k][q];
          V[k][p] = c * vkp - s * vkq;
          V[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const pairs = a.map((row, i) => ({ value: row[i], vector: V.map((r) => r[i]) }));
  pairs.sort((x, y) => y.value - x.value);
  return { values: pairs.map((p) => p.value), vectors: pairs.map((p) => fixSign(p.vector)) };
}

function fixSign(v: number[]): number[] {
  let at = 0;
  for (let i = 1; i < v.length; i++) if (Math.abs(v[i]) > Math.abs(v[at])) at = i;
  return v[at] < 0 ? v.map((x) => -x) : v;
}
