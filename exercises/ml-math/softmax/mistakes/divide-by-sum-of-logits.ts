export function softmax(z: number[]): number[] {
  if (z.length === 0) throw new Error("empty");
  const sum = z.reduce((a, b) => a + b, 0);
  return z.map((value) => value / sum);
}
