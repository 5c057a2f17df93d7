// Zero entries not skipped: 0 * ln 0 = 0 * -Infinity = NaN.
function entropyInNats(p: number[]): number {
  let sum = 0;
  for (const value of p) sum -= value * Math.log(value);
  return sum;
}
