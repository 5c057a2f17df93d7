// No shape checks at all: mismatched or empty inputs give garbage or a TypeError instead of a clear error.
function checkShapes(X: number[][], W: number[][], b: number[], dOut: number[][]): void {}
