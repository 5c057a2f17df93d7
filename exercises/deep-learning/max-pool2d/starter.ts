/** 2-D max pooling: the largest value of every size x size window, windows `stride` apart (default: size). */
export function maxPool2d(x: number[][], size: number, stride?: number): number[][] {
  // Your code here.
  return x;
}
