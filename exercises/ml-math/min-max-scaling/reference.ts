/** Min-max scaling per column to [0, 1]; a constant column becomes 0. Returns a new matrix. */
export function minMaxScale(X: number[][]): number[][] {
  const n = X.length;
  if (n === 0) return []; // no rows: nothing to scale
  const d = X[0].length;
  for (let i = 1; i < n; i++) {
    if (X[i].length !== d) throw new Error(`row ${i} has ${X[i].length} columns, row 0 has ${d}`);
  }
  const min = new Array<number>(d).fill(Infinity);
  const max = new Array<number>(d).fill(-Infinity);
  for (const row of X) {
    for (let j = 0; j < d; j++) {
      if (row[j] < min[j]) min[j] = row[j];
      if (row[j] > max[j]) max[j] = row[j];
    }
  }
  return X.map((row) =>
    row.map((x, j) => {
      if (max[j] === min[j]) return 0;
      const range = max[j] - min[j];
      // Subtract before dividing: exact for large offsets with a small spread. If the range
      // overflows (|values| near 1e308), halve everything first; the ratio is unchanged.
      if (Number.isFinite(range)) return (x - min[j]) / range;
      return (x / 2 - min[j] / 2) / (max[j] / 2 - min[j] / 2);
    }),
  );
}
