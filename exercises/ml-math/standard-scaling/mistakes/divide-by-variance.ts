export function standardScale(X: number[][]): number[][] {
  if (X.length === 0) throw new Error("empty");
  const n = X.length;
  const d = X[0].length;
  if (X.some((row) => row.length !== d)) throw new Error("ragged");
  const result = X.map((row) => [...row]);
  for (let j = 0; j < d; j++) {
    const column = X.map((row) => row[j]);
    const mean = column.reduce((a, b) => a + b, 0) / n;
    const variance = column.reduce((a, x) => a + (x - mean) ** 2, 0) / n;
    const constant = column.every((x) => x === column[0]);
    for (let i = 0; i < n; i++) result[i][j] = constant ? 0 : (column[i] - mean) / variance;
  }
  return result;
}
