import { outputSize, strideOf } from "../reference-steps";

/** 2-D average pooling without padding: the mean of every size x size window. */
export function avgPool2d(x: number[][], size: number, stride?: number): number[][] {
  const step = strideOf(size, stride);
  if (!Number.isInteger(size) || size < 1) throw new Error(`size must be an integer >= 1, got ${size}`);
  if (!Number.isInteger(step) || step < 1) throw new Error(`stride must be an integer >= 1, got ${stride}`);
  if (!Array.isArray(x) || x.length === 0) throw new Error("the input must have at least one row");
  const height = x.length;
  const width = Array.isArray(x[0]) ? x[0].length : 0;
  if (width === 0) throw new Error("the input must have at least one column");
  for (const row of x) {
    if (!Array.isArray(row) || row.length !== width) throw new Error(`every row must have ${width} entries`);
  }
  if (size > height || size > width) throw new Error(`a ${size}x${size} window does not fit a ${height}x${width} input`);
  const outHeight = outputSize(height, size, step);
  const outWidth = outputSize(width, size, step);
  const out: number[][] = [];
  for (let i = 0; i < outHeight; i++) {
    const row: number[] = [];
    for (let j = 0; j < outWidth; j++) {
      let sum = 0;
      let count = 0;
      for (let m = 0; m < size && i * step + m < height; m++) {
        const inputRow = x[i * step + m];
        for (let n = 0; n < size && j * step + n < width; n++) {
          sum += inputRow[j * step + n];
          count++;
        }
      }
      row.push(windowValue(sum, count, size));
    }
    out.push(row);
  }
  return out;
}

/** The mean of the window: every window lies inside the input, so count is size * size. */
function windowValue(sum: number, count: number, size: number): number {
  return sum / count;
}
