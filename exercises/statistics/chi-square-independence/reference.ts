/**
 * Pearson's chi-square test of independence (no continuity correction): expected counts
 * E_ij = row_i * col_j / N, chi2 = sum (O - E)^2 / E, df = (r - 1)(c - 1), p = P(X >= chi2).
 */
export function chiSquareIndependence(table: number[][]): { chi2: number; df: number; p: number } {
  const r = table.length;
  if (r < 2) throw new Error("the table needs at least two rows");
  const c = table[0].length;
  if (c < 2) throw new Error("the table needs at least two columns");
  const rowTotals = new Array<number>(r).fill(0);
  const colTotals = new Array<number>(c).fill(0);
  let total = 0;
  for (let i = 0; i < r; i++) {
    if (table[i].length !== c) throw new Error("every row of the table must have the same length");
    for (let j = 0; j < c; j++) {
      const count = table[i][j];
      if (!(count >= 0)) throw new Error("counts must be non-negative numbers");
      rowTotals[i] += count;
      colTotals[j] += count;
      total += count;
    }
  }
  let chi2 = 0;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const expected = (rowTotals[i] * colTotals[j]) / total;
      if (!(expected > 0)) throw new Error("an expected count is 0 (a row or a column of the table sums to 0)");
      const diff = table[i][j] - expected;
      chi2 += (diff * diff) / expected;
    }
  }
  const df = (r - 1) * (c - 1);
  // The upper tail as 1 - CDF: inexact for tiny p (relative error), but its absolute error is
  // about 1e-16, far below the comparison's atol of 1e-9.
  const p = Math.min(1, Math.max(0, 1 - chiSquareCdf(chi2, df)));
  return { chi2, df, p };
}
