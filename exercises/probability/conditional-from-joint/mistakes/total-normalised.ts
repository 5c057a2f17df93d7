export function conditionalFromJoint(joint: number[][]): number[][] {
  if (joint.length === 0) return [];
  check(joint);
  for (const row of joint) if (row.reduce((a, b) => a + b, 0) === 0) throw new Error("a row sums to 0");
  const total = joint.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
  return joint.map((row) => row.map((value) => value / total));
}

function check(joint: number[][]): void {
  for (const row of joint) {
    if (row.length !== joint[0].length) throw new Error("ragged table");
    if (row.some((value) => !(value >= 0) || !Number.isFinite(value))) throw new Error("bad entry");
  }
}
