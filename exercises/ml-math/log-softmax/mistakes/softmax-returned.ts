export function logSoftmax(z: number[]): number[] {
  if (z.length === 0) throw new Error("empty");
  const max = Math.max(...z);
  const exps = z.map((value) => Math.exp(value - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}
