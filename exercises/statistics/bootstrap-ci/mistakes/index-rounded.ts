// round(u (n - 1)): the first and last values are drawn half as often as the others.
function drawIndex(u: number, n: number): number {
  return Math.round(u * (n - 1));
}
