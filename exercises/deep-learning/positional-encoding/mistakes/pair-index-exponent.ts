// The exponent uses the pair index i instead of 2i.
function pairStart(j: number): number {
  return Math.floor(j / 2);
}
