function averageRanks(a: number[]): number[] {
  const ranks = new Array<number>(a.length);
  a.map((_, i) => i)
    .sort((i, j) => a[i] - a[j])
    .forEach((index, position) => (ranks[index] = position + 1));
  return ranks;
}
