export function standardScale(X: number[][]): number[][] {
  if (X.length === 0) throw new Error("empty");
  const n = X.length;
  const d = X[0].length;
  if (X.some((row) => row.length !== d)) throw new Error("ragged");
  const all = X.flat();
  const mean = all.reduce((a, b) => a + b, 0) / all.length;
  const std = Math.sqrt(all.reduce((a, x) => a + (x - mean) ** 2, 0) / all.length);
  const constant = all.every((x) => x === all[0]);
  return X.map((row) => row.map((x) => (constant ? 0 : (x - mean) / std)));
}
