// Forgets the + 1: the last window position is never visited.
function outputSize(padded: number, k: number, stride: number): number {
  return Math.floor((padded - k) / stride);
}
