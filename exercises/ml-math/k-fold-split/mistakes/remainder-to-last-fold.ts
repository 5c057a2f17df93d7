export function kFoldIndices(n: number, k: number): { train: number[]; test: number[] }[] {
  if (!Number.isInteger(n) || !Number.isInteger(k) || k < 2 || k > n) throw new Error("invalid n or k");
  const size = Math.floor(n / k);
  const indices = Array.from({ length: n }, (_, i) => i);
  const folds = [];
  for (let f = 0; f < k; f++) {
    const start = f * size;
    const end = f === k - 1 ? n : start + size;
    folds.push({ train: indices.filter((i) => i < start || i >= end), test: indices.slice(start, end) });
  }
  return folds;
}
