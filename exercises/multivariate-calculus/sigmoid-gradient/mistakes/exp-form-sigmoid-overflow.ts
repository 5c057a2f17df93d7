export function sigmoidGrad(x: number[]): number[] {
  return x.map((v) => {
    const e = Math.exp(v);
    const s = e / (1 + e);
    return s * (1 - s);
  });
}
