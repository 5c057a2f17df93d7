// Only the empty sample rejected: q outside [0, 1] goes through.
function checkArguments(x: number[], q: number): void {
  if (x.length === 0) throw new Error("empty sample");
}
