// No special case for lambda = 0: 0 * ln 0 = 0 * -Infinity = NaN at k = 0.
function zeroRateMass(k: number, lambda: number): number | null {
  return null;
}
