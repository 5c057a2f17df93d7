function squaredDistance(p: number[], x: number[]): number {
  let sum = 0;
  for (let j = 0; j < x.length; j++) sum += Math.abs(p[j] - x[j]);
  return sum;
}
