// No check for a row of zeros: 0 / 0 = NaN.
function checkRowNotZero(max: number, i: number): void {}
