export function logSoftmax(z: number[]): number[] {
  const max = Math.max(...z);
  const logSum = Math.log(z.reduce((acc, value) => acc + Math.exp(value - max), 0));
  return z.map((value) => value - logSum);
}
