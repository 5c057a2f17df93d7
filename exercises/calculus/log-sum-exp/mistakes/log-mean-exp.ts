function shiftedLogSum(x: number[], max: number): number {
  let sum = 0;
  for (const value of x) sum += Math.exp(value - max);
  return max + Math.log(sum / x.length);
}
