export function sigmoidGrad(x: number[]): number[] {
  return x.map((value) => {
    // "Far enough out the slope is 0 anyway": cut the tails off instead of computing them.
    if (Math.abs(value) > 21) return 0;
    const s = 1 / (1 + Math.exp(-value));
    return s * (1 - s);
  });
}
