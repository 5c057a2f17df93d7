function populationVariance(values: number[]): number {
  const m = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - m) ** 2;
  return squares / values.length;
}

/** Per-group n, mean, sample std (NaN for a group of one), min, median and max of valueKey; {} when no row is left. */
export function summarize(rows: Row[], groupKey: string, valueKey: string): Record<string, Summary> {
  const groups = groupValues(rows, groupKey, valueKey);
  // No row with both a group and a value: no group, so the answer is empty ({}), not an error.
  const result: Record<string, Summary> = {};
  for (const [group, values] of groups) {
    result[group] = {
      n: values.length,
      mean: mean(values),
      std: Math.sqrt(populationVariance(values)),
      min: Math.min(...values),
      median: median(values),
      max: Math.max(...values),
    };
  }
  return result;
}
