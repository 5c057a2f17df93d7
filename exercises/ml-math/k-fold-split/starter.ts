/** K contiguous folds of 0..n-1 (the first n % k folds one larger); returns { train, test } per fold, ascending. */
export function kFoldIndices(n: number, k: number): { train: number[]; test: number[] }[] {
  // Your code here.
  return [];
}
