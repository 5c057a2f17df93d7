// Base 1000 instead of 10000.
function angle(pos: number, j: number, dModel: number): number {
  return pos / Math.pow(1000, pairStart(j) / dModel);
}
