export function conv2d(image: number[][], kernel: number[][], stride = 1, padding = 0): number[][] {
  if (!Number.isInteger(stride) || stride < 1) throw new Error("bad stride");
  if (!Number.isInteger(padding) || padding < 0) throw new Error("bad padding");
  if (image.length === 0 || image[0].length === 0 || kernel.length === 0 || kernel[0].length === 0) throw new Error("empty");
  if (image.some((row) => row.length !== image[0].length)) throw new Error("ragged image");
  if (kernel.some((row) => row.length !== kernel[0].length)) throw new Error("ragged kernel");
  const h = image.length + 2 * padding;
  const w = image[0].length + 2 * padding;
  const padded = Array.from({ length: h }, (_, r) =>
    Array.from({ length: w }, (_, c) => image[r - padding]?.[c - padding] ?? 0),
  );
  const kh = kernel.length;
  const kw = kernel[0].length;
  if (kh > h || kw > w) throw new Error("kernel larger than padded image");
  const outH = Math.floor((h - kh) / stride) + 1;
  const outW = Math.floor((w - kw) / stride) + 1;
  const out: number[][] = [];
  for (let i = 0; i < outH; i++) {
    const row: number[] = [];
    for (let j = 0; j < outW; j++) {
      let sum = 0;
      // Textbook convolution: the kernel is flipped in both directions.
      for (let m = 0; m < kh; m++) {
        for (let n = 0; n < kw; n++) sum += padded[i * stride + m][j * stride + n] * kernel[kh - 1 - m][kw - 1 - n];
      }
      row.push(sum);
    }
    out.push(row);
  }
  return out;
}
