// Statistics per row (per sample), which is layer normalisation, not batch normalisation.
function statisticsGroups(n: number, d: number): [number, number][][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: d }, (_, j): [number, number] => [i, j]));
}
