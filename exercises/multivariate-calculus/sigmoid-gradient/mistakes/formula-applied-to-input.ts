export function sigmoidGrad(x: number[]): number[] {
  return x.map((v) => v * (1 - v));
}
