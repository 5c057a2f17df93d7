/**
 * P(Y = j | X = i) = joint[i][j] / sum_k joint[i][k]: every row divided by its own sum. The
 * table may hold probabilities or counts; an empty table gives an empty table. Each row is scaled by its largest entry before
 * summing, so huge counts cannot overflow the sum.
 */
export function conditionalFromJoint(joint: number[][]): number[][] {
  if (!Array.isArray(joint)) throw new Error("conditionalFromJoint: the table must be an array of rows");
  if (joint.length === 0) return []; // no values of X: nothing to condition on, the answer is empty too
  const width = joint[0].length;
  return joint.map((row, i) => {
    if (!Array.isArray(row) || row.length !== width) throw new Error(`conditionalFromJoint: row ${i} has ${row?.length} entries, row 0 has ${width}`);
    let max = 0;
    for (const value of row) {
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
        throw new Error(`conditionalFromJoint: entry ${value} in row ${i} is not a finite non-negative number`);
      }
      if (value > max) max = value;
    }
    if (max === 0) throw new Error(`conditionalFromJoint: row ${i} sums to 0, so P(Y | X = ${i}) is undefined`);
    let sum = 0;
    for (const value of row) sum += value / max;
    return row.map((value) => value / max / sum);
  });
}
