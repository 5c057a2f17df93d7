function scaledValue(x: number, column: ColumnStatistics): number {
  return (x - column.mean) / column.std;
}
