export function sigmoid(x: number[]): number[] {
  return x.map((value) => (1 + Math.tanh(value)) / 2);
}
