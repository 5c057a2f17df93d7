// The stride is applied to rows only: columns advance one pixel at a time.
export function conv2d(image: number[][], kernel: number[][], stride = 1, padding = 0): number[][] {
  checkStrideAndPadding(stride, padding);
  return crossCorrelate(image, kernel, stride, 1, padding);
}
