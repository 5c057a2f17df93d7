// No check for a constant variable: r = 0 / 0 = NaN (or rounding noise).
function checkNotConstant(x: number[], y: number[]): void {}
