/** Softmax with the max shift: exp never overflows, and an empty input throws. */
export function softmax(z: number[]): number[] {
  if (z.length === 0) throw new Error("softmax of an empty vector is undefined");
  let max = -Infinity;
  for (const value of z) if (value > max) max = value;
  const exps = z.map((value) => Math.exp(value - max));
  let sum = 0;
  for (const value of exps) sum += value;
  return exps.map((value) => value / sum);
}
