export function relu(x: number[]): number[] {
  return x.map((value) => (value > 0 ? value : 0.01 * value));
}
