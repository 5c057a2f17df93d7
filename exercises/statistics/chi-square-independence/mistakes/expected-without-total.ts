// row_i * col_j, not divided by the grand total N.
function expectedCount(rowTotal: number, colTotal: number, total: number): number {
  return rowTotal * colTotal;
}
