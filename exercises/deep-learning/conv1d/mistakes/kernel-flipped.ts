export function conv1d(signal: number[], kernel: number[], stride = 1, padding = 0): number[] {
  if (!Number.isInteger(stride) || stride < 1) throw new Error("bad stride");
  if (!Number.isInteger(padding) || padding < 0) throw new Error("bad padding");
  if (signal.length === 0 || kernel.length === 0) throw new Error("empty input");
  const n = signal.length;
  const k = kernel.length;
  if (k > n + 2 * padding) throw new Error("kernel longer than the padded signal");
  const outLength = Math.floor((n + 2 * padding - k) / stride) + 1;
  const padded = [...new Array(padding).fill(0), ...signal, ...new Array(padding).fill(0)];
  const out: number[] = [];
  for (let i = 0; i < outLength; i++) {
    // True convolution: the kernel is reversed before it slides.
    let sum = 0;
    for (let m = 0; m < k; m++) sum += padded[i * stride + m] * kernel[k - 1 - m];
    out.push(sum);
  }
  return out;
}
