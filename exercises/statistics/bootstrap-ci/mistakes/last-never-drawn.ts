// floor(u (n - 1)): the last value is never drawn.
function drawIndex(u: number, n: number): number {
  return Math.floor(u * (n - 1));
}
