/** P(Y = j | X = i) from a joint table (rows: values of X, columns: values of Y): each row divided by its sum. */
export function conditionalFromJoint(joint: number[][]): number[][] {
  // Your code here.
  return joint;
}
