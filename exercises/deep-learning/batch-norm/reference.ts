import { affine, inverseStd, meanAndVariance, shapeOf } from "../reference-steps";

/** Batch normalisation in training mode: each column standardised with the batch's mean and population variance, then scaled and shifted. */
export function batchNorm(x: number[][], gamma: number[], beta: number[], eps = 1e-5): number[][] {
  const [n, d] = shapeOf(x, "x");
  if (!Array.isArray(gamma) || gamma.length !== d) throw new Error(`gamma must have ${d} entries, one per column`);
  if (!Array.isArray(beta) || beta.length !== d) throw new Error(`beta must have ${d} entries, one per column`);
  const out: number[][] = Array.from({ length: n }, () => new Array(d));
  for (const group of statisticsGroups(n, d)) {
    const { mean, variance } = meanAndVariance(group.map(([i, j]) => x[i][j]));
    const inv = inverseStd(variance, eps);
    for (const [i, j] of group) out[i][j] = affine(gamma[j], x[i][j] - mean, inv, beta[j]);
  }
  return out;
}

/** The [row, column] entries that share one mean and variance: batch norm's are the columns (one feature over the batch). */
function statisticsGroups(n: number, d: number): [number, number][][] {
  return Array.from({ length: d }, (_, j) => Array.from({ length: n }, (_, i): [number, number] => [i, j]));
}
