/** Ranks 1..n in increasing order; tied values share the average of the ranks they occupy. */
function averageRanks(a: number[]): number[] {
  const n = a.length;
  const order = a.map((_, i) => i).sort((i, j) => a[i] - a[j]);
  const ranks = new Array<number>(n);
  let start = 0;
  while (start < n) {
    let end = start;
    while (end + 1 < n && a[order[end + 1]] === a[order[start]]) end++;
    // Positions start..end (0-based) hold ranks start+1..end+1: their average.
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Spearman's rho: Pearson's r of the average ranks; a constant variable (all ranks equal) throws. */
export function spearman(x: number[], y: number[]): number {
  const n = x.length;
  if (y.length !== n) throw new Error(`spearman: x has ${n} values but y has ${y.length}`);
  if (n < 2) throw new Error(`spearman needs at least two pairs, got ${n}`);
  return rankCorrelation(averageRanks(x), averageRanks(y));
}

/**
 * Pearson's r of two rank vectors. Ranks are multiples of 1/2 and their mean (n + 1) / 2, so the
 * centred sums are exact; a variable without spread throws.
 */
function rankCorrelation(rx: number[], ry: number[]): number {
  const n = rx.length;
  const meanX = rx.reduce((total, rank) => total + rank, 0) / n;
  const meanY = ry.reduce((total, rank) => total + rank, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rx[i] - meanX;
    const dy = ry[i] - meanY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (sxx === 0) throw new Error("spearman: x is constant, its ranks have no spread");
  if (syy === 0) throw new Error("spearman: y is constant, its ranks have no spread");
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
