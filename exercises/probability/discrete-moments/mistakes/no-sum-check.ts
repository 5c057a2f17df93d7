// No check that the probabilities sum to 1.
function checkSumsToOne(total: number): void {}
