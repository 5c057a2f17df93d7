function groupedValue(row: Row, valueKey: string, index: number): number | null {
  return row[valueKey] === null ? 0 : numberAt(row, valueKey, index);
}
