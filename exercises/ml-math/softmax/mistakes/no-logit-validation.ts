function checkedMax(z: number[]): number {
  return Math.max(-Infinity, ...z);
}
