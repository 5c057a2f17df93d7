export function conditionalFromJoint(joint: number[][]): number[][] {
  if (joint.length === 0) return [];
  check(joint);
  for (const row of joint) {
    if (row.reduce((a, b) => a + b, 0) === 0) throw new Error("a row sums to 0");
    for (let j = 0; j < row.length; j++) {
      row[j] = row[j] / row.reduce((a, b) => a + b, 0);
    }
  }
  return joint;
}

function check(joint: number[][]): void {
  for (const row of joint) {
    if (row.length !== joint[0].length) throw new Error("ragged table");
    if (row.some((value) => !(value >= 0) || !Number.isFinite(value))) throw new Error("bad entry");
  }
}
