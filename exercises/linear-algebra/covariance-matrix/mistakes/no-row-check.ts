function checkShape(X: number[][]): { n: number; d: number } {
  if (X.length === 0) throw new Error("no rows");
  const d = X[0].length;
  if (X.some((row) => row.length !== d)) throw new Error("bad shape");
  return { n: X.length, d };
}
