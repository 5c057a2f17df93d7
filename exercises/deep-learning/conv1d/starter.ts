/** 1-D cross-correlation of a signal with a kernel, with zero padding and stride. */
export function conv1d(signal: number[], kernel: number[], stride = 1, padding = 0): number[] {
  // Your code here: the output has floor((n + 2 padding - k) / stride) + 1 entries.
  return [];
}
