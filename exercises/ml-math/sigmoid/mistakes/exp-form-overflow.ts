export function sigmoid(x: number[]): number[] {
  return x.map((value) => Math.exp(value) / (1 + Math.exp(value)));
}
