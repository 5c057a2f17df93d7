// The padding argument is validated but never applied.
export function conv1d(signal: number[], kernel: number[], stride = 1, padding = 0): number[] {
  if (!Number.isInteger(stride) || stride < 1) throw new Error(`stride must be an integer >= 1, got ${stride}`);
  if (!Number.isInteger(padding) || padding < 0) throw new Error(`padding must be an integer >= 0, got ${padding}`);
  return crossCorrelate(signal, kernel, stride, 0);
}
