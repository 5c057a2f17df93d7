function shiftFor(z: number[], max: number): number {
  return Math.min(...z);
}
