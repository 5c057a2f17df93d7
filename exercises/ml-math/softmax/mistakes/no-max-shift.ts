export function softmax(z: number[]): number[] {
  const exps = z.map((value) => Math.exp(value));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}
