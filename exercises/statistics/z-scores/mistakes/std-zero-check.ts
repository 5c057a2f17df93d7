// Equal values detected by a zero computed std: for [0.1, 0.1, 0.1] it is about 1e-17, not 0.
function checkNotConstant(x: number[]): void {}

function populationStd(x: number[], mean: number): number {
  const std = Math.sqrt(x.reduce((acc, v) => acc + (v - mean) ** 2, 0) / x.length);
  if (std === 0) throw new Error("constant input");
  return std;
}
