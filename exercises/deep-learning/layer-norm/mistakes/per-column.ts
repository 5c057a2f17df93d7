// Statistics per column (over the batch), which is batch normalisation, not layer normalisation.
function statisticsGroups(n: number, d: number): [number, number][][] {
  return Array.from({ length: d }, (_, j) => Array.from({ length: n }, (_, i): [number, number] => [i, j]));
}
