export function softmax(z: number[]): number[] {
  return normalised(z.map((value) => Math.exp(value)));
}
