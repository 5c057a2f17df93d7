// Rounds up: a last, partial window is kept and reads zeros past the padded border.
function outputSize(paddedSize: number, kernelSize: number, stride: number): number {
  return Math.ceil((paddedSize - kernelSize) / stride) + 1;
}
