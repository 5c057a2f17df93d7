/** 2-D cross-correlation of a single-channel image with a kernel, with zero padding and stride. */
export function conv2d(image: number[][], kernel: number[][], stride = 1, padding = 0): number[][] {
  // Your code here: output size floor((H + 2 padding - kh) / stride) + 1 by floor((W + 2 padding - kw) / stride) + 1.
  return [];
}
