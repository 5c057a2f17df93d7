/** 2-D cross-correlation with zero padding and stride, as computed by a CNN's Conv2d layer. */
export function conv2d(image: number[][], kernel: number[][], stride = 1, padding = 0): number[][] {
  if (!Number.isInteger(stride) || stride < 1) throw new Error(`stride must be an integer >= 1, got ${stride}`);
  if (!Number.isInteger(padding) || padding < 0) throw new Error(`padding must be an integer >= 0, got ${padding}`);
  const [height, width] = shapeOf(image, "image");
  const [kh, kw] = shapeOf(kernel, "kernel");
  const paddedHeight = height + 2 * padding;
  const paddedWidth = width + 2 * padding;
  if (kh > paddedHeight || kw > paddedWidth) {
    throw new Error(`a ${kh}x${kw} kernel does not fit the ${paddedHeight}x${paddedWidth} padded image`);
  }
  const outHeight = Math.floor((paddedHeight - kh) / stride) + 1;
  const outWidth = Math.floor((paddedWidth - kw) / stride) + 1;
  const out: number[][] = [];
  for (let i = 0; i < outHeight; i++) {
    const row: number[] = [];
    for (let j = 0; j < outWidth; j++) {
      let sum = 0;
      for (let m = 0; m < kh; m++) {
        // Row of the original image under kernel row m; outside it lies the zero padding.
        const r = i * stride + m - padding;
        if (r < 0 || r >= height) continue;
        for (let n = 0; n < kw; n++) {
          const c = j * stride + n - padding;
          if (c < 0 || c >= width) continue;
          sum += image[r][c] * kernel[m][n];
        }
      }
      row.push(sum);
    }
    out.push(row);
  }
  return out;
}

/** [rows, columns] of a non-empty rectangular matrix; throws for empty or ragged input. */
function shapeOf(matrix: number[][], name: string): [number, number] {
  if (!Array.isArray(matrix) || matrix.length === 0) throw new Error(`${name} must have at least one row`);
  const columns = Array.isArray(matrix[0]) ? matrix[0].length : 0;
  if (columns === 0) throw new Error(`${name} must have at least one column`);
  for (const row of matrix) {
    if (!Array.isArray(row) || row.length !== columns) throw new Error(`${name} rows must all have ${columns} entries`);
  }
  return [matrix.length, columns];
}
