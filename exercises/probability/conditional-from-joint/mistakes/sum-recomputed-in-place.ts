// The row overwritten in place while its sum is recomputed for every entry: later entries are
// divided by the sum of a row already partly normalised.
function normaliseRow(row: number[], max: number): number[] {
  for (let j = 0; j < row.length; j++) row[j] = row[j] / row.reduce((a, b) => a + b, 0);
  return row;
}
