export function avgPool2d(x: number[][], size: number, stride?: number): number[][] {
  const step = stride ?? size;
  if (!Number.isInteger(size) || size < 1) throw new Error("bad size");
  if (!Number.isInteger(step) || step < 1) throw new Error("bad stride");
  if (x.length === 0 || x[0].length === 0) throw new Error("empty input");
  if (x.some((row) => row.length !== x[0].length)) throw new Error("ragged input");
  const h = x.length;
  const w = x[0].length;
  if (size > h || size > w) throw new Error("window larger than the input");
  // Rounds the output size up: the last window may hang over the border and averages what is left.
  const outH = Math.ceil((h - size) / step) + 1;
  const outW = Math.ceil((w - size) / step) + 1;
  const out: number[][] = [];
  for (let i = 0; i < outH; i++) {
    const row: number[] = [];
    for (let j = 0; j < outW; j++) {
      let sum = 0;
      let count = 0;
      for (let r = i * step; r < Math.min(i * step + size, h); r++) {
        for (let c = j * step; c < Math.min(j * step + size, w); c++) {
          sum += x[r][c];
          count++;
        }
      }
      row.push(sum / count);
    }
    out.push(row);
  }
  return out;
}
