export function sigmoid(x: number[]): number[] {
  return x.map((value) => 1 / (1 + Math.exp(value)));
}
