export function relu(x: number[]): number[] {
  return x.map((value) => Math.min(0, value));
}
