// every other p falls through to the Euclidean norm
function checkP(p: 1 | 2 | "inf"): void {}
