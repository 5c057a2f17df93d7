export function softmax(z: number[]): number[] {
  let max = -Infinity;
  for (const value of z) if (value > max) max = value;
  const exps = z.map((value) => Math.exp(value - max));
  let sum = 0;
  for (const value of exps) sum += value;
  return exps.map((value) => value / sum);
}
