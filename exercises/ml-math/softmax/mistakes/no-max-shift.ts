function shiftFor(z: number[], max: number): number {
  return 0;
}
