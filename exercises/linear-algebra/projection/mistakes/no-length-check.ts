function checkLengths(u: number[], v: number[]): void {}
