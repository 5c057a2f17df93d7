/** 2-D average pooling: the mean of every size x size window, windows `stride` apart (default: size). */
export function avgPool2d(x: number[][], size: number, stride?: number): number[][] {
  // Your code here.
  return x;
}
