function negativeClassTerm(y: number, p: number): number {
  return 0;
}
