// Textbook convolution: the kernel is flipped in both directions.
function weight(kernel: number[][], m: number, n: number): number {
  return kernel[kernel.length - 1 - m][kernel[0].length - 1 - n];
}
