/**
 * K-fold split without shuffling (scikit-learn's KFold): k contiguous test folds in order, the
 * first n % k of size floor(n / k) + 1, the rest floor(n / k); train is every other index, ascending.
 */
export function kFoldIndices(n: number, k: number): { train: number[]; test: number[] }[] {
  if (!Number.isInteger(n) || !Number.isInteger(k)) throw new Error("n and k must be integers");
  if (k < 2) throw new Error(`k must be at least 2, got ${k}`);
  if (k > n) throw new Error(`k = ${k} folds cannot be made from n = ${n} samples`);
  const base = Math.floor(n / k);
  const extra = n % k;
  const folds: { train: number[]; test: number[] }[] = [];
  let start = 0;
  for (let fold = 0; fold < k; fold++) {
    const end = start + base + (fold < extra ? 1 : 0);
    const test: number[] = [];
    const train: number[] = [];
    for (let i = 0; i < n; i++) (i >= start && i < end ? test : train).push(i);
    folds.push({ train, test });
    start = end;
  }
  return folds;
}
