function checkN(n: number): void {}
