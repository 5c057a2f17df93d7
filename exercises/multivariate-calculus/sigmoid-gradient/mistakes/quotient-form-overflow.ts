export function sigmoidGrad(x: number[]): number[] {
  return x.map((v) => {
    const e = Math.exp(-v);
    return e / ((1 + e) * (1 + e));
  });
}
