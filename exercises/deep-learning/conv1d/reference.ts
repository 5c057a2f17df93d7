/** 1-D cross-correlation with zero padding and stride, as computed by a CNN's Conv1d layer. */
export function conv1d(signal: number[], kernel: number[], stride = 1, padding = 0): number[] {
  if (!Number.isInteger(stride) || stride < 1) throw new Error(`stride must be an integer >= 1, got ${stride}`);
  if (!Number.isInteger(padding) || padding < 0) throw new Error(`padding must be an integer >= 0, got ${padding}`);
  if (!Array.isArray(signal) || signal.length === 0) throw new Error("the signal must have at least one entry");
  if (!Array.isArray(kernel) || kernel.length === 0) throw new Error("the kernel must have at least one entry");
  const n = signal.length;
  const k = kernel.length;
  const padded = n + 2 * padding;
  if (k > padded) throw new Error(`a kernel of length ${k} does not fit the padded signal of length ${padded}`);
  const outLength = Math.floor((padded - k) / stride) + 1;
  const out: number[] = [];
  for (let i = 0; i < outLength; i++) {
    let sum = 0;
    for (let m = 0; m < k; m++) {
      // Index into the original signal; outside it lies the zero padding.
      const t = i * stride + m - padding;
      if (t < 0 || t >= n) continue;
      sum += signal[t] * kernel[m];
    }
    out.push(sum);
  }
  return out;
}
