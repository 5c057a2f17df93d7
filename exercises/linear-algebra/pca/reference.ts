import { withSignConvention } from "../reference-steps";

/**
 * Principal component analysis: centre the columns, form the sample covariance matrix, and
 * diagonalise it with cyclic Jacobi rotations. The components are the eigenvectors of the k
 * largest eigenvalues, as rows, unit length, largest-magnitude component positive; each
 * explained-variance ratio is an eigenvalue divided by the total variance (the trace).
 */
export function pca(X: number[][], k: number): { components: number[][]; explainedVarianceRatio: number[] } {
  const { n, d } = checkArguments(X, k);
  const C = covariance(X, n, d);
  let total = 0;
  for (let j = 0; j < d; j++) total += C[j][j];
  if (!(total > 0)) throw new Error("pca: the data have no variance (all rows are equal)");
  const { values, vectors } = jacobi(C);
  return topComponents(values, vectors, k, total);
}

/** At least 2 rows of one non-zero length d, and an integer k from 1 to d. */
function checkArguments(X: number[][], k: number): { n: number; d: number } {
  if (!Array.isArray(X) || X.length < 2) throw new Error("pca: needs at least 2 observations (rows)");
  const n = X.length;
  const d = Array.isArray(X[0]) ? X[0].length : 0;
  if (d === 0) throw new Error("pca: the rows are empty");
  for (const row of X) {
    if (!Array.isArray(row) || row.length !== d) throw new Error("pca: all rows must have the same length");
  }
  if (!Number.isInteger(k) || k < 1 || k > d) throw new Error(`pca: k must be an integer from 1 to ${d}, got ${k}`);
  return { n, d };
}

/** The eigenvectors of the k largest eigenvalues as rows (sign fixed), each eigenvalue over the total variance. */
function topComponents(values: number[], vectors: number[][], k: number, total: number): { components: number[][]; explainedVarianceRatio: number[] } {
  const order = values
    .map((_, i) => i)
    .sort((i, j) => values[j] - values[i])
    .slice(0, k);
  return {
    components: order.map((i) => withSignConvention(vectors[i])),
    explainedVarianceRatio: order.map((i) => values[i] / total),
  };
}

/** Sample covariance (n - 1) of centred columns; the means are refined by a second pass. */
function covariance(X: number[][], n: number, d: number): number[][] {
  const mean = new Array<number>(d).fill(0);
  for (const row of X) for (let j = 0; j < d; j++) mean[j] += row[j];
  for (let j = 0; j < d; j++) mean[j] /= n;
  const correction = new Array<number>(d).fill(0);
  for (const row of X) for (let j = 0; j < d; j++) correction[j] += row[j] - mean[j];
  for (let j = 0; j < d; j++) mean[j] += correction[j] / n;
  const D = X.map((row) => row.map((x, j) => x - mean[j]));
  const C = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let j = 0; j < d; j++) {
    for (let l = j; l < d; l++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += D[i][j] * D[i][l];
      C[j][l] = C[l][j] = s / (n - 1);
    }
  }
  return C;
}

/** Cyclic Jacobi for a symmetric matrix: eigenvalues and eigenvectors (vectors[i] for values[i]). */
function jacobi(S: number[][]): { values: number[]; vectors: number[][] } {
  const n = S.length;
  const a = S.map((row) => row.slice());
  const V: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  let norm2 = 0;
  for (const row of a) for (const x of row) norm2 += x * x;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off2 = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off2 += a[p][q] * a[p][q];
    if (off2 <= 1e-36 * norm2) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p][q];
        if (apq === 0) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * apq);
        const t = Math.abs(theta) > 1e150 ? 1 / (2 * theta) : (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        a[p][p] -= t * apq;
        a[q][q] += t * apq;
        a[p][q] = a[q][p] = 0;
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
  return { values: a.map((row, i) => row[i]), vectors: a.map((_, i) => V.map((row) => row[i])) };
}
