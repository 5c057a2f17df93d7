export function sigmoidGrad(x: number[]): number[] {
  return x.map((v) => 1 / (1 + Math.exp(-v)));
}
