export function pca(X: number[][], k: number): { components: number[][]; explainedVarianceRatio: number[] } {
  const n = X.length;
  if (n < 2) throw new Error("need at least 2 rows");
  const d = X[0].length;
  if (d === 0 || X.some((row) => row.length !== d)) throw new Error("bad shape");

  const mean = X[0].map((_, j) => X.reduce((s, row) => s + row[j], 0) / n);
  const centred = X.map((row) => row.map((x, j) => x - mean[j]));
  const C = mean.map((_, j) => mean.map((_, l) => centred.reduce((s, row) => s + row[j] * row[l], 0) / (n - 1)));
  const total = C.reduce((s, row, j) => s + row[j], 0);
  if (total === 0) throw new Error("no variance");
  const { values, vectors } = eigen(C);
  const order = values.map((_, i) => i).sort((i, j) => values[j] - values[i]);
  const top = order.slice(0, k);
  return {
    components: top.map((i) => fixSign(vectors[i])),
    explainedVarianceRatio: top.map((i) => values[i] / total),
  };
}

function eigen(S: number[][]): { values: number[]; vectors: number[][] } {
  const n = S.length;
  const a = S.map((row) => [...row]);
  const V: number[][] = S.map((_, i) => S.map((_, j) => (i === j ? 1 : 0)));
  const scale = Math.max(...S.map((row) => Math.max(...row.map(Math.abs))));
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off = Math.max(off, Math.abs(a[p][q]));
    if (off <= 1e-15 * scale) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (a[p][q] === 0) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < n; r++) {
          const arp = a[r][p];
          const arq = a[r][q];
          a[r][p] = c * arp - s * arq;
          a[r][q] = s * arp + c * arq;
        }
        for (let r = 0; r < n; r++) {
          const apr = a[p][r];
          const aqr = a[q][r];
          a[p][r] = c * apr - s * aqr;
          a[q][r] = s * apr + c * aqr;
        }
        for (let r = 0; r < n; r++) {
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

function fixSign(v: number[]): number[] {
  let at = 0;
  for (let i = 1; i < v.length; i++) if (Math.abs(v[i]) > Math.abs(v[at])) at = i;
  return v[at] < 0 ? v.map((x) => -x) : v;
}
