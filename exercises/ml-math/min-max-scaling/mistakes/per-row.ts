export function minMaxScale(X: number[][]): number[][] {
  return X.map((row) => row.map((x) => scaledValue(x, Math.min(...row), Math.max(...row))));
}
