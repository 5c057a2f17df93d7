export function minMaxScale(X: number[][]): number[][] {
  if (X.length === 0) throw new Error("empty");
  const d = X[0].length;
  if (X.some((row) => row.length !== d)) throw new Error("ragged");
  const result = X.map((row) => [...row]);
  for (let j = 0; j < d; j++) {
    const column = X.map((row) => row[j]);
    const min = Math.min(...column);
    const max = Math.max(...column);
    for (let i = 0; i < X.length; i++) result[i][j] = (X[i][j] - min) / (max - min);
  }
  return result;
}
