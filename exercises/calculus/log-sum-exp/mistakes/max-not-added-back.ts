export function logSumExp(x: number[]): number {
  if (x.length === 0) throw new Error("empty");
  const m = Math.max(...x);
  if (m === -Infinity) return -Infinity;
  let sum = 0;
  for (const value of x) sum += Math.exp(value - m);
  return Math.log(sum);
}
