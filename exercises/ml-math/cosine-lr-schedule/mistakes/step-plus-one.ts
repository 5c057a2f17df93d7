function cosineFactor(step: number, totalSteps: number): number {
  return (1 + Math.cos((Math.PI * (step + 1)) / totalSteps)) / 2;
}
