import { outputSize } from "../reference-steps";

/** 1-D cross-correlation with zero padding and stride, as computed by a CNN's Conv1d layer. */
export function conv1d(signal: number[], kernel: number[], stride = 1, padding = 0): number[] {
  if (!Number.isInteger(stride) || stride < 1) throw new Error(`stride must be an integer >= 1, got ${stride}`);
  if (!Number.isInteger(padding) || padding < 0) throw new Error(`padding must be an integer >= 0, got ${padding}`);
  return crossCorrelate(signal, kernel, stride, padding);
}

/** Slides the kernel along the zero-padded signal, stride entries per step; throws when it does not fit. */
function crossCorrelate(signal: number[], kernel: number[], stride: number, padding: number): number[] {
  if (!Array.isArray(signal) || signal.length === 0) throw new Error("the signal must have at least one entry");
  if (!Array.isArray(kernel) || kernel.length === 0) throw new Error("the kernel must have at least one entry");
  const k = kernel.length;
  const padded = signal.length + 2 * padding;
  if (k > padded) throw new Error(`a kernel of length ${k} does not fit the padded signal of length ${padded}`);
  const outLength = outputSize(padded, k, stride);
  const out: number[] = [];
  for (let i = 0; i < outLength; i++) out.push(windowSum(signal, kernel, windowStart(i, stride) - padding));
  return out;
}

/** Where window i starts in the padded signal: i strides along. */
function windowStart(i: number, stride: number): number {
  return i * stride;
}

/** Σ signal[start + m] · weight(m) over the kernel; entries outside the signal are the zero padding. */
function windowSum(signal: number[], kernel: number[], start: number): number {
  let sum = 0;
  for (let m = 0; m < kernel.length; m++) {
    const t = start + m;
    if (t < 0 || t >= signal.length) continue;
    sum += signal[t] * weight(kernel, m);
  }
  return sum;
}

/** The kernel weight laid over window offset m: cross-correlation uses the kernel as it is, unflipped. */
function weight(kernel: number[], m: number): number {
  return kernel[m];
}
