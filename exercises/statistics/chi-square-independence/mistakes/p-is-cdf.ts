export function chiSquareIndependence(table: number[][]): { chi2: number; df: number; p: number } {
  const r = table.length;
  if (r < 2 || table[0].length < 2) throw new Error("need at least a 2 x 2 table");
  const c = table[0].length;
  if (table.some((row) => row.length !== c)) throw new Error("ragged table");
  if (table.some((row) => row.some((v) => v < 0))) throw new Error("negative count");
  const rows = table.map((row) => row.reduce((s, v) => s + v, 0));
  const cols = table[0].map((_, j) => table.reduce((s, row) => s + row[j], 0));
  const n = rows.reduce((s, v) => s + v, 0);
  if (rows.some((v) => v === 0) || cols.some((v) => v === 0)) throw new Error("a row or column sums to 0");
  const df = (r - 1) * (c - 1);
  let chi2 = 0;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const e = (rows[i] * cols[j]) / n;
      const o = table[i][j];
      chi2 += (o - e) ** 2 / e;
    }
  }
  const p = chiSquareCdf(chi2, df);
  return { chi2, df, p };
}
