export function kFoldIndices(n: number, k: number): { train: number[]; test: number[] }[] {
  if (!Number.isInteger(n) || !Number.isInteger(k) || k < 2 || k > n) throw new Error("invalid n or k");
  const size = Math.ceil(n / k);
  const indices = Array.from({ length: n }, (_, i) => i);
  const folds = [];
  for (let f = 0; f < k; f++) {
    const start = Math.min(f * size, n);
    const end = Math.min(start + size, n);
    folds.push({ train: [...indices.slice(0, start), ...indices.slice(end)], test: indices.slice(start, end) });
  }
  return folds;
}
