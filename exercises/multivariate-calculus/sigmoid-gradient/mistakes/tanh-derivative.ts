export function sigmoidGrad(x: number[]): number[] {
  return x.map((v) => {
    const s = 1 / (1 + Math.exp(-v));
    return 1 - s * s;
  });
}
