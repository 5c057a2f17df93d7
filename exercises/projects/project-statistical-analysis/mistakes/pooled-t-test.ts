/** Welch's two-sample t-test of mean(valueKey) between groupA and groupB, two-sided. */
export function compareGroups(
  rows: Row[],
  groupKey: string,
  valueKey: string,
  groupA: string,
  groupB: string,
): { meanA: number; meanB: number; t: number; df: number; p: number } {
  if (groupA === groupB) throw new Error("compare two different groups");
  const groups = groupValues(rows, groupKey, valueKey);
  const a = groups.get(groupA) ?? [];
  const b = groups.get(groupB) ?? [];
  if (a.length < 2 || b.length < 2) throw new Error("each group needs at least two values");
  // Zero spread is decided on the values: the computed variance of [0.1, 0.1, 0.1] is about 1e-33, not 0.
  const isConstant = (values: number[]) => values.every((value) => value === values[0]);
  if (isConstant(a) && isConstant(b)) throw new Error("both groups have zero variance: the standard error is 0");
  const meanA = mean(a);
  const meanB = mean(b);
  const df = a.length + b.length - 2;
  const pooled = ((a.length - 1) * sampleVariance(a) + (b.length - 1) * sampleVariance(b)) / df;
  const se2 = pooled * (1 / a.length + 1 / b.length);
  const t = (meanA - meanB) / Math.sqrt(se2);
  // Both tails from the lower one: 1 - cdf(|t|) would round tiny p values to 0.
  const p = Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
  return { meanA, meanB, t, df, p };
}
