// Only the lengths compared: empty input, negative values and sums other than 1 go through.
function checkArguments(p: number[], q: number[]): void {
  if (p.length !== q.length) throw new Error("length mismatch");
}
