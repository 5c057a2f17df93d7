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
  const seA = sampleVariance(a) / a.length;
  const seB = sampleVariance(b) / b.length;
  const se2 = seA + seB;
  const t = (meanA - meanB) / Math.sqrt(se2);
  const df = (se2 * se2) / ((seA * seA) / (a.length - 1) + (seB * seB) / (b.length - 1));
  // Both tails from the lower one: 1 - cdf(|t|) would round tiny p values to 0.
  const p = studentTCdf(-Math.abs(t), df);
  return { meanA, meanB, t, df, p };
}
