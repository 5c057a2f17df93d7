export function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  return z.map((value) => Math.exp(value - max));
}
