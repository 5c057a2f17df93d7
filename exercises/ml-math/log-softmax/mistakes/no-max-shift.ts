export function logSoftmax(z: number[]): number[] {
  const logSum = Math.log(z.reduce((acc, value) => acc + Math.exp(value), 0));
  return z.map((value) => value - logSum);
}
