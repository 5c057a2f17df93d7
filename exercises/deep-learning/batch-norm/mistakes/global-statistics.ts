export function batchNorm(x: number[][], gamma: number[], beta: number[], eps = 1e-5): number[][] {
  if (x.length === 0 || x[0].length === 0) throw new Error("empty input");
  const d = x[0].length;
  if (x.some((row) => row.length !== d)) throw new Error("ragged input");
  if (gamma.length !== d || beta.length !== d) throw new Error("gamma and beta need one entry per column");
  // One mean and one variance over every entry of the batch, shared by all the features.
  const all = x.flat();
  const mean = all.reduce((a, b) => a + b, 0) / all.length;
  const variance = all.reduce((a, v) => a + (v - mean) ** 2, 0) / all.length;
  const std = Math.sqrt(variance + eps);
  return x.map((row) => row.map((v, j) => gamma[j] * ((v - mean) / std) + beta[j]));
}
