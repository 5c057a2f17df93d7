function cosineFactor(step: number, totalSteps: number): number {
  return (1 + Math.cos((Math.PI * step) / (totalSteps - 1))) / 2;
}
