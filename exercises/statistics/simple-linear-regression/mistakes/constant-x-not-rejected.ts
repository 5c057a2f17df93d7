// No check for a constant x: the slope is 0 / 0.
function checkPoints(x: number[], y: number[]): void {
  if (y.length !== x.length) throw new Error("length mismatch");
  if (x.length < 2) throw new Error("need at least two points");
}
