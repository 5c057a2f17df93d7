// The sample not sorted: interpolates between neighbours in the order given.
function sortedCopy(x: number[]): number[] {
  return x;
}
