// The padding argument is validated but never applied.
export function conv2d(image: number[][], kernel: number[][], stride = 1, padding = 0): number[][] {
  checkStrideAndPadding(stride, padding);
  return crossCorrelate(image, kernel, stride, stride, 0);
}
