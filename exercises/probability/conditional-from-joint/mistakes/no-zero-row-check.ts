export function conditionalFromJoint(joint: number[][]): number[][] {
  if (joint.length === 0) return [];
  check(joint);
  return joint.map((row) => {
    const sum = row.reduce((a, b) => a + b, 0);
    return row.map((value) => value / sum);
  });
}

function check(joint: number[][]): void {
  for (const row of joint) {
    if (row.length !== joint[0].length) throw new Error("ragged table");
    if (row.some((value) => !(value >= 0) || !Number.isFinite(value))) throw new Error("bad entry");
  }
}
