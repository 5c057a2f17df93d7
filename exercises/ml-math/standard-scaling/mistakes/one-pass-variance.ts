export function standardScale(X: number[][]): number[][] {
  if (X.length === 0) throw new Error("empty");
  const n = X.length;
  const d = X[0].length;
  if (X.some((row) => row.length !== d)) throw new Error("ragged");
  const result = X.map((row) => [...row]);
  for (let j = 0; j < d; j++) {
    let sum = 0;
    let sumSquares = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = X[i][j];
      sum += x;
      sumSquares += x * x;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    const mean = sum / n;
    const std = Math.sqrt(sumSquares / n - mean * mean);
    for (let i = 0; i < n; i++) result[i][j] = max === min ? 0 : (X[i][j] - mean) / std;
  }
  return result;
}
