// Sums from raw moments in one pass (n sum(xy) - sum(x) sum(y), ...): they cancel catastrophically
// when the values sit far from 0. Scaled by n, which r does not see.
function centredSums(x: number[], y: number[]): { sxx: number; syy: number; sxy: number } {
  const n = x.length;
  let [sx, sy, sxx, syy, sxy] = [0, 0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    [sx, sy] = [sx + x[i], sy + y[i]];
    [sxx, syy, sxy] = [sxx + x[i] * x[i], syy + y[i] * y[i], sxy + x[i] * y[i]];
  }
  return { sxx: n * sxx - sx * sx, syy: n * syy - sy * sy, sxy: n * sxy - sx * sy };
}

// ... and r not clamped to [-1, 1]: the cancellation can push it past them.
function correlation(s: { sxx: number; syy: number; sxy: number }): number {
  return s.sxy / Math.sqrt(s.sxx * s.syy);
}
