export function minMaxScale(X: number[][]): number[][] {
  if (X.length === 0) throw new Error("empty");
  const d = X[0].length;
  if (X.some((row) => row.length !== d)) throw new Error("ragged");
  const all = X.flat();
  const min = Math.min(...all);
  const max = Math.max(...all);
  return X.map((row) => row.map((x) => (max === min ? 0 : (x - min) / (max - min))));
}
