/**
 * Reference steps several references of this track share (`import { ... } from "../reference-steps"`).
 * Hidden like the references: the loader puts each imported step into the reference that imports it
 * (lib/exercises/assemble-reference.ts), so a reference still runs, and is overridden by a known
 * mistake, as one self-contained file.
 */

/** [rows, columns] of a non-empty rectangular matrix; throws for empty or ragged input. */
export function shapeOf(matrix: number[][], name: string): [number, number] {
  if (!Array.isArray(matrix) || matrix.length === 0) throw new Error(`${name} must have at least one row`);
  const columns = Array.isArray(matrix[0]) ? matrix[0].length : 0;
  if (columns === 0) throw new Error(`${name} must have at least one column`);
  for (const row of matrix) {
    if (!Array.isArray(row) || row.length !== columns) throw new Error(`${name} rows must all have ${columns} entries`);
  }
  return [matrix.length, columns];
}

/** The learned scale and shift applied to the normalised value (centred * inv). */
export function affine(gamma: number, centred: number, inv: number, beta: number): number {
  return gamma * centred * inv + beta;
}

/** 1 / sqrt(variance + eps): eps inside the square root keeps a constant row finite. */
export function inverseStd(variance: number, eps: number): number {
  return 1 / Math.sqrt(variance + eps);
}

/** Windows that fit entirely: floor((length - size) / step) + 1. */
export function outputSize(length: number, size: number, step: number): number {
  return Math.floor((length - size) / step) + 1;
}

/** The stride defaults to the window's size (non-overlapping windows). */
export function strideOf(size: number, stride: number | undefined): number {
  return stride === undefined ? size : stride;
}

/**
 * Mean and population variance (divide by the count) of one group of entries (a row in layer norm,
 * a column in batch norm), in two passes: the variance is the mean of squared deviations, never
 * E[x^2] - mean^2, which cancels catastrophically when the values sit far from 0 (around 1e8, say).
 */
export function meanAndVariance(values: number[]): { mean: number; variance: number } {
  const n = values.length;
  let mean = 0;
  for (const value of values) mean += value;
  mean /= n;
  let variance = 0;
  for (const value of values) variance += (value - mean) * (value - mean);
  return { mean, variance: variance / n };
}
