// The mean not subtracted: x / std.
function standardise(value: number, mean: number, std: number): number {
  return value / std;
}
