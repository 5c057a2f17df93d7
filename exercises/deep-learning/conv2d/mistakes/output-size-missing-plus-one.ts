// Forgets the + 1: the last window position is never visited.
function outputSize(paddedSize: number, kernelSize: number, stride: number): number {
  return Math.floor((paddedSize - kernelSize) / stride);
}
