function averageRanks(a: number[]): number[] {
  const sorted = [...a].sort((p, q) => p - q);
  return a.map((v) => sorted.indexOf(v) + 1);
}
