function averageRanks(a: number[]): number[] {
  const sorted = [...a].sort();
  return a.map((v) => (sorted.indexOf(v) + sorted.lastIndexOf(v)) / 2 + 1);
}
