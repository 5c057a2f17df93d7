// Every entry divided by the table's total: the joint P(X, Y), not the conditional.
export function conditionalFromJoint(joint: number[][]): number[][] {
  if (joint.length === 0) return [];
  joint.forEach((row, i) => checkRowNotZero(largestEntry(row, i, joint[0].length), i));
  const total = joint.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
  return joint.map((row) => row.map((value) => value / total));
}
