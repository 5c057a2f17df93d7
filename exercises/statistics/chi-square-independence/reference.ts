/** Row totals, column totals and grand total; throws on a table smaller than 2 x 2, ragged or with a negative count. */
function margins(table: number[][]): { rowTotals: number[]; colTotals: number[]; total: number } {
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
  return { rowTotals, colTotals, total };
}

/** Expected count of a cell under independence: row_i * col_j / N. */
function expectedCount(rowTotal: number, colTotal: number, total: number): number {
  return (rowTotal * colTotal) / total;
}

/** Throws when an expected count is 0: its cell's term would divide by 0. */
function checkExpected(expected: number): void {
  if (!(expected > 0)) throw new Error("an expected count is 0 (a row or a column of the table sums to 0)");
}

/** chi2 = sum over cells of (O - E)^2 / E (no continuity correction). */
function chiSquareStatistic(table: number[][], m: { rowTotals: number[]; colTotals: number[]; total: number }): number {
  let chi2 = 0;
  for (let i = 0; i < table.length; i++) {
    for (let j = 0; j < table[0].length; j++) {
      const expected = expectedCount(m.rowTotals[i], m.colTotals[j], m.total);
      checkExpected(expected);
      const diff = table[i][j] - expected;
      chi2 += (diff * diff) / expected;
    }
  }
  return chi2;
}

/** Degrees of freedom of an r x c table: (r - 1)(c - 1). */
function degreesOfFreedom(r: number, c: number): number {
  return (r - 1) * (c - 1);
}

/**
 * p = P(X >= chi2), the upper tail as 1 - CDF: inexact for tiny p (relative error), but its
 * absolute error is about 1e-16, far below the comparison's atol of 1e-9.
 */
function upperTail(chi2: number, df: number): number {
  return Math.min(1, Math.max(0, 1 - chiSquareCdf(chi2, df)));
}

/**
 * Pearson's chi-square test of independence (no continuity correction): expected counts
 * E_ij = row_i * col_j / N, chi2 = sum (O - E)^2 / E, df = (r - 1)(c - 1), p = P(X >= chi2).
 */
export function chiSquareIndependence(table: number[][]): { chi2: number; df: number; p: number } {
  const m = margins(table);
  const chi2 = chiSquareStatistic(table, m);
  const df = degreesOfFreedom(table.length, table[0].length);
  return { chi2, df, p: upperTail(chi2, df) };
}
