// Mean of each row (axis mix-up) subtracted from that row.
function centred(X: number[][], mean: number[]): number[][] {
  return X.map((row) => {
    const m = row.reduce((a, b) => a + b, 0) / row.length;
    return row.map((x) => x - m);
  });
}
