export function conv2d(image: number[][], kernel: number[][], stride = 1, padding = 0): number[][] {
  if (!Number.isInteger(stride) || stride < 1) throw new Error("bad stride");
  if (!Number.isInteger(padding) || padding < 0) throw new Error("bad padding");
  if (image.length === 0 || image[0].length === 0 || kernel.length === 0 || kernel[0].length === 0) throw new Error("empty");
  if (image.some((row) => row.length !== image[0].length)) throw new Error("ragged image");
  if (kernel.some((row) => row.length !== kernel[0].length)) throw new Error("ragged kernel");
  const h = image.length;
  const w = image[0].length;
  const kh = kernel.length;
  const kw = kernel[0].length;
  if (kh > h + 2 * padding || kw > w + 2 * padding) throw new Error("kernel larger than padded image");
  const outH = Math.floor((h + 2 * padding - kh) / stride) + 1;
  // The stride is applied to rows only: columns advance one pixel at a time.
  const outW = w + 2 * padding - kw + 1;
  const pixel = (r: number, c: number) => (r >= 0 && r < h && c >= 0 && c < w ? image[r][c] : 0);
  const out: number[][] = [];
  for (let i = 0; i < outH; i++) {
    const row: number[] = [];
    for (let j = 0; j < outW; j++) {
      let sum = 0;
      for (let m = 0; m < kh; m++) {
        for (let n = 0; n < kw; n++) sum += pixel(i * stride + m - padding, j + n - padding) * kernel[m][n];
      }
      row.push(sum);
    }
    out.push(row);
  }
  return out;
}
