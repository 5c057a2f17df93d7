// Any activation other than 'relu' or 'sigmoid' is treated as 'none' instead of rejected.
function checkActivation(activation: string): void {}
