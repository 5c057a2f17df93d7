// Divides the four-corner difference by h^2 instead of (2h)^2 = 4 h^2.
function mixedDerivative(f: (x: number[]) => number, x: number[], i: number, j: number, h: number): number {
  return (
    (at(f, x, [
      [i, h],
      [j, h],
    ]) -
      at(f, x, [
        [i, h],
        [j, -h],
      ]) -
      at(f, x, [
        [i, -h],
        [j, h],
      ]) +
      at(f, x, [
        [i, -h],
        [j, -h],
      ])) /
    (h * h)
  );
}
