export function minMaxScale(X: number[][]): number[][] {
  if (X.length === 0) throw new Error("empty");
  const d = X[0].length;
  if (X.some((row) => row.length !== d)) throw new Error("ragged");
  const max = Array.from({ length: d }, (_, j) => Math.max(...X.map((row) => row[j])));
  const min = Array.from({ length: d }, (_, j) => Math.min(...X.map((row) => row[j])));
  return X.map((row) => row.map((x, j) => (max[j] === min[j] ? 0 : x / max[j])));
}
