function checkArguments(n: number, k: number): void {}
