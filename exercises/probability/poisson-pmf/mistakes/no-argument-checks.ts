// No checks: a fractional or negative k and a negative or infinite lambda give numbers.
function checkArguments(k: number, lambda: number): void {}
