function scaledValue(x: number, column: ColumnStatistics): number {
  return column.std === 0 ? 0 : (x - column.mean) / column.std;
}
