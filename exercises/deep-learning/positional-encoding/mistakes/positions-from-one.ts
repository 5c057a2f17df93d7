// Positions counted from 1: the first token gets position 1.
function angle(pos: number, j: number, dModel: number): number {
  return (pos + 1) / Math.pow(10000, pairStart(j) / dModel);
}
