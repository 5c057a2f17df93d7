function scaledValue(x: number, column: ColumnStatistics): number {
  return column.constant ? 0 : (x - column.mean) / column.std ** 2;
}
