export function relu(x: number[]): number[] {
  return x.filter((value) => value > 0);
}
