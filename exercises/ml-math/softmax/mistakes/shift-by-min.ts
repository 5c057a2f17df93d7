export function softmax(z: number[]): number[] {
  const min = Math.min(...z);
  const exps = z.map((value) => Math.exp(value - min));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}
