type Row = Record<string, string | number | null>;
type Summary = { n: number; mean: number; std: number; min: number; median: number; max: number };

/** Per-group n, mean, sample std, min, median and max of valueKey; rows with a missing value are skipped. */
export function summarize(rows: Row[], groupKey: string, valueKey: string): Record<string, Summary> {
  // Your code here.
  return {};
}

/** Welch's two-sided t-test of the difference between the means of valueKey in groupA and groupB. */
export function compareGroups(
  rows: Row[],
  groupKey: string,
  valueKey: string,
  groupA: string,
  groupB: string,
): { meanA: number; meanB: number; t: number; df: number; p: number } {
  // Your code here. The CDF of Student's t is given (see the Given tab under the editor): studentTCdf(t, df).
  return { meanA: 0, meanB: 0, t: 0, df: 0, p: 1 };
}

/** Pearson correlation matrix of the columns `keys`, over the rows where none of them is missing. */
export function correlate(rows: Row[], keys: string[]): number[][] {
  // Your code here.
  return keys.map(() => keys.map(() => 0));
}
