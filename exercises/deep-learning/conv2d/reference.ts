import { outputSize, shapeOf } from "../reference-steps";

/** 2-D cross-correlation with zero padding and stride, as computed by a CNN's Conv2d layer. */
export function conv2d(image: number[][], kernel: number[][], stride = 1, padding = 0): number[][] {
  checkStrideAndPadding(stride, padding);
  return crossCorrelate(image, kernel, stride, stride, padding);
}

/** Throws unless stride is an integer >= 1 and padding an integer >= 0. */
function checkStrideAndPadding(stride: number, padding: number): void {
  if (!Number.isInteger(stride) || stride < 1) throw new Error(`stride must be an integer >= 1, got ${stride}`);
  if (!Number.isInteger(padding) || padding < 0) throw new Error(`padding must be an integer >= 0, got ${padding}`);
}

/** Slides the kernel over the zero-padded image, rowStride rows down and columnStride columns across per step. */
function crossCorrelate(image: number[][], kernel: number[][], rowStride: number, columnStride: number, padding: number): number[][] {
  const [height, width] = shapeOf(image, "image");
  const [kh, kw] = shapeOf(kernel, "kernel");
  const paddedHeight = height + 2 * padding;
  const paddedWidth = width + 2 * padding;
  if (kh > paddedHeight || kw > paddedWidth) {
    throw new Error(`a ${kh}x${kw} kernel does not fit the ${paddedHeight}x${paddedWidth} padded image`);
  }
  const outHeight = outputSize(paddedHeight, kh, rowStride);
  const outWidth = outputSize(paddedWidth, kw, columnStride);
  const out: number[][] = [];
  for (let i = 0; i < outHeight; i++) {
    const row: number[] = [];
    for (let j = 0; j < outWidth; j++) row.push(windowSum(image, kernel, i * rowStride - padding, j * columnStride - padding));
    out.push(row);
  }
  return out;
}

/** Σ image[top + m][left + n] · weight(m, n) over the kernel; pixels outside the image are the zero padding. */
function windowSum(image: number[][], kernel: number[][], top: number, left: number): number {
  let sum = 0;
  for (let m = 0; m < kernel.length; m++) {
    const r = top + m;
    if (r < 0 || r >= image.length) continue;
    for (let n = 0; n < kernel[m].length; n++) {
      const c = left + n;
      if (c < 0 || c >= image[r].length) continue;
      sum += image[r][c] * weight(kernel, m, n);
    }
  }
  return sum;
}

/** The kernel weight laid over window offset (m, n): cross-correlation uses the kernel as it is, unflipped. */
function weight(kernel: number[][], m: number, n: number): number {
  return kernel[m][n];
}
