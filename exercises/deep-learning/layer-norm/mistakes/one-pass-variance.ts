export function layerNorm(x: number[][], gamma: number[], beta: number[], eps = 1e-5): number[][] {
  if (x.length === 0) return [];
  if (x[0].length === 0) throw new Error("empty input");
  const d = x[0].length;
  if (x.some((row) => row.length !== d)) throw new Error("ragged input");
  if (gamma.length !== d || beta.length !== d) throw new Error("gamma and beta need one entry per column");
  return x.map((row) => {
    // One pass: E[x^2] - mean^2, which cancels catastrophically far from 0.
    const mean = row.reduce((a, b) => a + b, 0) / d;
    const variance = row.reduce((a, v) => a + v * v, 0) / d - mean * mean;
    const std = Math.sqrt(variance + eps);
    return row.map((v, j) => gamma[j] * ((v - mean) / std) + beta[j]);
  });
}
