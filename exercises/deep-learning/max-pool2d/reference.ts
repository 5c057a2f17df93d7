import { outputSize, strideOf } from "../reference-steps";

/** 2-D max pooling without padding: the largest value of every size x size window. */
export function maxPool2d(x: number[][], size: number, stride?: number): number[][] {
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
      const window: number[] = [];
      for (let m = 0; m < size && i * step + m < height; m++) {
        const inputRow = x[i * step + m];
        for (let n = 0; n < size && j * step + n < width; n++) window.push(inputRow[j * step + n]);
      }
      row.push(pool(window));
    }
    out.push(row);
  }
  return out;
}

/** The window's maximum; it starts below every number (not at 0): a window of negative values has a negative max. */
function pool(window: number[]): number {
  let best = -Infinity;
  for (const value of window) if (value > best) best = value;
  return best;
}
