function checkedMaxIter(maxIter: number): number {
  return maxIter + 1;
}
