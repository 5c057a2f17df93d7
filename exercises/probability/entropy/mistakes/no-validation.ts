// No validation: empty input, negative values, sums other than 1 and bad bases go through.
function checkArguments(p: number[], base: number): void {}
