function averageRanks(a: number[]): number[] {
  return a.map((_, i) => i).sort((i, j) => a[i] - a[j]);
}
