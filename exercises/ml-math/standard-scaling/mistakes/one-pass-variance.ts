function standardDeviation(column: number[], mean: number): number {
  let sumSquares = 0;
  for (const x of column) sumSquares += x * x;
  return Math.sqrt(sumSquares / column.length - mean * mean);
}
