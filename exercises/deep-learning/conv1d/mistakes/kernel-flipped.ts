// True convolution: the kernel is reversed before it slides.
function weight(kernel: number[], m: number): number {
  return kernel[kernel.length - 1 - m];
}
