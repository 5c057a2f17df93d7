export function kFoldIndices(n: number, k: number): { train: number[]; test: number[] }[] {
  if (!Number.isInteger(n) || !Number.isInteger(k) || k < 2 || k > n) throw new Error("invalid n or k");
  const base = Math.floor(n / k);
  const extra = n % k;
  const indices = Array.from({ length: n }, (_, i) => i);
  const folds = [];
  let start = 0;
  for (let f = 0; f < k; f++) {
    const size = base + (f >= k - extra ? 1 : 0);
    const end = start + size;
    folds.push({ train: [...indices.slice(0, start), ...indices.slice(end)], test: indices.slice(start, end) });
    start = end;
  }
  return folds;
}
