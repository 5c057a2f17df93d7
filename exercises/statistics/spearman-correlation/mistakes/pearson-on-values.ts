function averageRanks(a: number[]): number[] {
  return a;
}
