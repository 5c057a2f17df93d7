/** Pearson correlation matrix of the columns `keys`, over the rows where none of them is missing. */
export function correlate(rows: Row[], keys: string[]): number[][] {
  if (keys.length === 0) return []; // no columns: the 0 x 0 matrix
  const columns: number[][] = keys.map(() => []);
  rows.forEach((row, index) => {
    if (keys.some((key) => isMissing(row[key]))) return;
    keys.forEach((key, j) => columns[j].push(numberAt(row, key, index)));
  });
  const n = columns[0].length;
  if (n < 2) throw new Error("fewer than two complete rows");
  const centred = columns.map((column, j) => {
    if (column.every((value) => value === column[0])) throw new Error(`column "${keys[j]}" is constant: its correlation is undefined`);
    const m = mean(column);
    return column.map((value) => value - m);
  });
  const sumsOfSquares = centred.map((column) => column.reduce((total, value) => total + value * value, 0));
  return keys.map((_, j) =>
    keys.map((__, k) => {
      let cross = 0;
      for (let i = 0; i < n; i++) cross += centred[j][i] * centred[k][i];
      const covariance = cross / (n - 1);
      return covariance / (Math.sqrt(sumsOfSquares[j] / n) * Math.sqrt(sumsOfSquares[k] / n));
    }),
  );
}
