// Every column divided by its sum: P(X | Y) instead of P(Y | X).
export function conditionalFromJoint(joint: number[][]): number[][] {
  if (joint.length === 0) return [];
  joint.forEach((row, i) => checkRowNotZero(largestEntry(row, i, joint[0].length), i));
  const columnSums = joint[0].map((_, j) => joint.reduce((s, row) => s + row[j], 0));
  return joint.map((row) => row.map((value, j) => value / columnSums[j]));
}
