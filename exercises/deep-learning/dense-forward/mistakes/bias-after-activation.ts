// The bias is added after the activation instead of before it.
function layerOutput(row: number[], W: number[][], b: number[], activation: string): number[] {
  return affine(
    row,
    W,
    b.map(() => 0),
  ).map((z, c) => activate(z, activation) + b[c]);
}
