function shiftFor(max: number): number {
  return 0;
}
