export function relu(x: number[]): number[] {
  return x.map((value) => (value > 0 ? 1 : 0));
}
