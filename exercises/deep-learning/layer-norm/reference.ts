import { affine, inverseStd, meanAndVariance, shapeOf } from "../reference-steps";

/** Layer normalisation: each row standardised by its own mean and population variance, then scaled and shifted per column. */
export function layerNorm(x: number[][], gamma: number[], beta: number[], eps = 1e-5): number[][] {
  if (Array.isArray(x) && x.length === 0) return []; // no rows to normalise: the answer is empty too
  const [, d] = shapeOf(x, "x");
  if (!Array.isArray(gamma) || gamma.length !== d) throw new Error(`gamma must have ${d} entries, one per column`);
  if (!Array.isArray(beta) || beta.length !== d) throw new Error(`beta must have ${d} entries, one per column`);
  const out: number[][] = x.map(() => new Array(d));
  for (const group of statisticsGroups(x.length, d)) {
    const { mean, variance } = meanAndVariance(group.map(([i, j]) => x[i][j]));
    const inv = inverseStd(variance, eps);
    for (const [i, j] of group) out[i][j] = affine(gamma[j], x[i][j] - mean, inv, beta[j]);
  }
  return out;
}

/** The [row, column] entries that share one mean and variance: layer norm's are the rows (one sample's features). */
function statisticsGroups(n: number, d: number): [number, number][][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: d }, (_, j): [number, number] => [i, j]));
}
