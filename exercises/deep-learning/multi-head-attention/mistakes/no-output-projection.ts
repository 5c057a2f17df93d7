function outputProjection(concat: number[][], Wo: number[][]): number[][] {
  return concat;
}
