export function softmax(z: number[]): number[] {
  if (z.length === 0) throw new Error("empty");
  const max = Math.max(...z);
  return z.map((value) => Math.exp(value - max));
}
