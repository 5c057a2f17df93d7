// The bias is validated but never added.
function layerOutput(row: number[], W: number[][], b: number[], activation: string): number[] {
  return affine(
    row,
    W,
    b.map(() => 0),
  ).map((z) => activate(z, activation));
}
