function isInTestFold(i: number, fold: number, k: number, start: number, end: number): boolean {
  return i % k === fold;
}
