function checkArguments(step: number, totalSteps: number): void {}
