// Yates's continuity correction, (|O - E| - 0.5)^2 / E, applied to 2 x 2 tables.
function chiSquareStatistic(table: number[][], m: { rowTotals: number[]; colTotals: number[]; total: number }): number {
  const yates = table.length === 2 && table[0].length === 2;
  let chi2 = 0;
  for (let i = 0; i < table.length; i++) {
    for (let j = 0; j < table[0].length; j++) {
      const e = expectedCount(m.rowTotals[i], m.colTotals[j], m.total);
      checkExpected(e);
      chi2 += yates ? (Math.abs(table[i][j] - e) - 0.5) ** 2 / e : (table[i][j] - e) ** 2 / e;
    }
  }
  return chi2;
}
