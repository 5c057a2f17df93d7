// Multiplies the position by 10000^(2i / dModel) instead of dividing by it.
function angle(pos: number, j: number, dModel: number): number {
  return pos * Math.pow(10000, pairStart(j) / dModel);
}
