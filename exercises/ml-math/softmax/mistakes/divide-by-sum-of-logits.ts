export function softmax(z: number[]): number[] {
  const sum = z.reduce((a, b) => a + b, 0);
  return z.map((value) => value / sum);
}
