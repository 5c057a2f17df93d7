// One mean and one variance over every entry of the batch, shared by all the features.
function statisticsGroups(n: number, d: number): [number, number][][] {
  return [Array.from({ length: n * d }, (_, k): [number, number] => [Math.floor(k / d), k % d])];
}
