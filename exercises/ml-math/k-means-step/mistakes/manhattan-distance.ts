function squaredDistance(a: number[], b: number[]): number {
  return a.reduce((sum, v, j) => sum + Math.abs(v - b[j]), 0);
}
