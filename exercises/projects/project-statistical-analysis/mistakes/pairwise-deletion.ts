/** Pearson correlation matrix of the columns `keys`; each pair uses the rows where both are present. */
export function correlate(rows: Row[], keys: string[]): number[][] {
  if (keys.length === 0) return []; // no columns: the 0 x 0 matrix
  const pearson = (keyX: string, keyY: string): number => {
    const xs: number[] = [];
    const ys: number[] = [];
    rows.forEach((row, index) => {
      if (isMissing(row[keyX]) || isMissing(row[keyY])) return;
      xs.push(numberAt(row, keyX, index));
      ys.push(numberAt(row, keyY, index));
    });
    if (xs.length < 2) throw new Error("fewer than two complete rows");
    if (xs.every((v) => v === xs[0]) || ys.every((v) => v === ys[0])) throw new Error("a constant column");
    const mx = mean(xs);
    const my = mean(ys);
    let cross = 0;
    let sx = 0;
    let sy = 0;
    for (let i = 0; i < xs.length; i++) {
      cross += (xs[i] - mx) * (ys[i] - my);
      sx += (xs[i] - mx) ** 2;
      sy += (ys[i] - my) ** 2;
    }
    return cross / Math.sqrt(sx * sy);
  };
  return keys.map((keyX, j) => keys.map((keyY, k) => (j === k ? (pearson(keyX, keyX), 1) : pearson(keyX, keyY))));
}
