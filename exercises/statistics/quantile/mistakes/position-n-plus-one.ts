// 1-based position (n + 1) q (Hyndman-Fan type 6), clamped to the first value.
function virtualIndex(n: number, q: number): number {
  return Math.max(0, (n + 1) * q - 1);
}
