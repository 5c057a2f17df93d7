export function logSumExp(x: number[]): number {
  if (x.length === 0) throw new Error("empty");
  return Math.log(x.reduce((sum, value) => sum + Math.exp(value), 0));
}
