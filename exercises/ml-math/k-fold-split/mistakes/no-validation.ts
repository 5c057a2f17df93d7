export function kFoldIndices(n: number, k: number): { train: number[]; test: number[] }[] {
  const base = Math.floor(n / k);
  const extra = n % k;
  const folds = [];
  let start = 0;
  for (let f = 0; f < k; f++) {
    const end = start + base + (f < extra ? 1 : 0);
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < n; i++) (i >= start && i < end ? test : train).push(i);
    folds.push({ train, test });
    start = end;
  }
  return folds;
}
