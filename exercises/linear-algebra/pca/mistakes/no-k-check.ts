function checkArguments(X: number[][], k: number): { n: number; d: number } {
  if (!Array.isArray(X) || X.length < 2) throw new Error("pca: needs at least 2 observations (rows)");
  const d = Array.isArray(X[0]) ? X[0].length : 0;
  if (d === 0 || X.some((row) => !Array.isArray(row) || row.length !== d)) throw new Error("pca: all rows must have one length");
  return { n: X.length, d };
}
