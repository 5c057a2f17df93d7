/** Min-max scaling per column to [0, 1]; a constant column becomes 0. Returns a new matrix. */
export function minMaxScale(X: number[][]): number[][] {
  const n = X.length;
  if (n === 0) return []; // no rows: nothing to scale
  const d = X[0].length;
  for (let i = 1; i < n; i++) {
    if (X[i].length !== d) throw new Error(`row ${i} has ${X[i].length} columns, row 0 has ${d}`);
  }
  const { min, max } = columnBounds(X, d);
  return X.map((row) => row.map((x, j) => scaledValue(x, min[j], max[j])));
}

/** The smallest and the largest value of each column. */
function columnBounds(X: number[][], d: number): { min: number[]; max: number[] } {
  const min = new Array<number>(d).fill(Infinity);
  const max = new Array<number>(d).fill(-Infinity);
  for (const row of X) {
    for (let j = 0; j < d; j++) {
      if (row[j] < min[j]) min[j] = row[j];
      if (row[j] > max[j]) max[j] = row[j];
    }
  }
  return { min, max };
}

/** (x - min) / (max - min), or 0 in a constant column. */
function scaledValue(x: number, min: number, max: number): number {
  if (max === min) return 0;
  const range = max - min;
  // Subtract before dividing: exact for large offsets with a small spread. If the range
  // overflows (|values| near 1e308), halve everything first; the ratio is unchanged.
  if (Number.isFinite(range)) return (x - min) / range;
  return (x / 2 - min / 2) / (max / 2 - min / 2);
}
