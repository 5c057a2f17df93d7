export function logSumExp(x: number[]): number {
  if (x.length === 0) throw new Error("empty");
  const m = Math.max(...x);
  let sum = 0;
  for (const value of x) sum += Math.exp(value - m);
  return m + Math.log(sum);
}
