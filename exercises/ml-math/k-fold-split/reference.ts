/**
 * K-fold split without shuffling (scikit-learn's KFold): k contiguous test folds in order, the
 * first n % k of size floor(n / k) + 1, the rest floor(n / k); train is every other index, ascending.
 */
export function kFoldIndices(n: number, k: number): { train: number[]; test: number[] }[] {
  checkArguments(n, k);
  const folds: { train: number[]; test: number[] }[] = [];
  let start = 0;
  for (let fold = 0; fold < k; fold++) {
    const end = start + foldSize(fold, n, k);
    const test: number[] = [];
    const train: number[] = [];
    for (let i = 0; i < n; i++) (isInTestFold(i, fold, k, start, end) ? test : train).push(i);
    folds.push({ train, test });
    start = end;
  }
  return folds;
}

/** Rejects non-integers, fewer than 2 folds and more folds than samples. */
function checkArguments(n: number, k: number): void {
  if (!Number.isInteger(n) || !Number.isInteger(k)) throw new Error("n and k must be integers");
  if (k < 2) throw new Error(`k must be at least 2, got ${k}`);
  if (k > n) throw new Error(`k = ${k} folds cannot be made from n = ${n} samples`);
}

/** The size of test fold `fold`: floor(n / k), plus one for the first n % k folds. */
function foldSize(fold: number, n: number, k: number): number {
  return Math.floor(n / k) + (fold < n % k ? 1 : 0);
}

/** Whether index i is in test fold `fold`, the contiguous block [start, end). */
function isInTestFold(i: number, fold: number, k: number, start: number, end: number): boolean {
  return i >= start && i < end;
}
