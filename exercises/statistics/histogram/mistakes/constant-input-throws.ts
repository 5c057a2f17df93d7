// A constant sample rejected instead of binned over [x - 0.5, x + 0.5].
function valueRange(x: number[]): { lo: number; hi: number } {
  const lo = Math.min(...x);
  const hi = Math.max(...x);
  if (lo === hi) throw new Error("all values are equal: the bin width would be 0");
  return { lo, hi };
}
