export function kFoldIndices(n: number, k: number): { train: number[]; test: number[] }[] {
  if (!Number.isInteger(n) || !Number.isInteger(k) || k < 2 || k > n) throw new Error("invalid n or k");
  const folds = [];
  for (let f = 0; f < k; f++) {
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < n; i++) (i % k === f ? test : train).push(i);
    folds.push({ train, test });
  }
  return folds;
}
