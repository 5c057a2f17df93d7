// fill() puts the same array in every row: each write lands in all rows at once.
function emptyRows(m: number, n: number): number[][] {
  return new Array(m).fill(new Array<number>(n).fill(0));
}
