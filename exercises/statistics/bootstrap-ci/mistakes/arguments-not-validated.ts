// Only the empty sample rejected: bad resamples and confidence go through.
function checkArguments(x: number[], resamples: number, confidence: number): void {
  if (x.length === 0) throw new Error("empty sample");
}
