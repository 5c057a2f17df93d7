/** The largest entry of row i; throws unless the row has the table's width and holds finite non-negative numbers. */
function largestEntry(row: number[], i: number, width: number): number {
  if (!Array.isArray(row) || row.length !== width) throw new Error(`conditionalFromJoint: row ${i} has ${row?.length} entries, row 0 has ${width}`);
  let max = 0;
  for (const value of row) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new Error(`conditionalFromJoint: entry ${value} in row ${i} is not a finite non-negative number`);
    }
    if (value > max) max = value;
  }
  return max;
}

/** Throws when row i is all zeros (its largest entry is 0): P(Y | X = i) is undefined. */
function checkRowNotZero(max: number, i: number): void {
  if (max === 0) throw new Error(`conditionalFromJoint: row ${i} sums to 0, so P(Y | X = ${i}) is undefined`);
}

/** The row divided by its own sum; scaled by its largest entry first, so huge counts cannot overflow the sum. */
function normaliseRow(row: number[], max: number): number[] {
  let sum = 0;
  for (const value of row) sum += value / max;
  return row.map((value) => value / max / sum);
}

/**
 * P(Y = j | X = i) = joint[i][j] / sum_k joint[i][k]: every row divided by its own sum. The
 * table may hold probabilities or counts; an empty table gives an empty table.
 */
export function conditionalFromJoint(joint: number[][]): number[][] {
  if (!Array.isArray(joint)) throw new Error("conditionalFromJoint: the table must be an array of rows");
  if (joint.length === 0) return []; // no values of X: nothing to condition on, the answer is empty too
  const width = joint[0].length;
  return joint.map((row, i) => {
    const max = largestEntry(row, i, width);
    checkRowNotZero(max, i);
    return normaliseRow(row, max);
  });
}
