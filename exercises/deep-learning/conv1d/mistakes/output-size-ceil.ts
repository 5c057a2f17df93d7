export function conv1d(signal: number[], kernel: number[], stride = 1, padding = 0): number[] {
  if (!Number.isInteger(stride) || stride < 1) throw new Error("bad stride");
  if (!Number.isInteger(padding) || padding < 0) throw new Error("bad padding");
  if (signal.length === 0 || kernel.length === 0) throw new Error("empty input");
  const n = signal.length;
  const k = kernel.length;
  if (k > n + 2 * padding) throw new Error("kernel longer than the padded signal");
  // Rounds up: a last, partial window is kept and reads zeros past the padded end.
  const outLength = Math.ceil((n + 2 * padding - k) / stride) + 1;
  const at = (t: number) => (t >= 0 && t < n ? signal[t] : 0);
  const out: number[] = [];
  for (let i = 0; i < outLength; i++) {
    let sum = 0;
    for (let m = 0; m < k; m++) sum += at(i * stride + m - padding) * kernel[m];
    out.push(sum);
  }
  return out;
}
