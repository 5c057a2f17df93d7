export function minMaxScale(X: number[][]): number[][] {
  if (X.length === 0) throw new Error("empty");
  const n = X.length;
  const d = X[0].length;
  if (X.some((row) => row.length !== d)) throw new Error("ragged");
  const stats = Array.from({ length: d }, (_, j) => {
    const column = X.map((row) => row[j]);
    return { mean: column.reduce((a, b) => a + b, 0) / n, min: Math.min(...column), max: Math.max(...column) };
  });
  return X.map((row) => row.map((x, j) => (stats[j].max === stats[j].min ? 0 : (x - stats[j].mean) / (stats[j].max - stats[j].min))));
}
