/** The values of valueKey per group (as a string), skipping rows where either is missing. */
function groupValues(rows: Row[], groupKey: string, valueKey: string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => {
    if (isMissing(row[groupKey])) return;
    const group = String(row[groupKey]);
    const values = groups.get(group) ?? [];
    values.push(row[valueKey] === null ? 0 : numberAt(row, valueKey, index));
    groups.set(group, values);
  });
  return groups;
}
