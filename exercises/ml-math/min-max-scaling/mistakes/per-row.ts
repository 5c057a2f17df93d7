export function minMaxScale(X: number[][]): number[][] {
  if (X.length === 0) throw new Error("empty");
  const d = X[0].length;
  if (X.some((row) => row.length !== d)) throw new Error("ragged");
  return X.map((row) => {
    const min = Math.min(...row);
    const max = Math.max(...row);
    return row.map((x) => (max === min ? 0 : (x - min) / (max - min)));
  });
}
