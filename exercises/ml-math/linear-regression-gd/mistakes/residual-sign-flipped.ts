function residualOf(prediction: number, target: number): number {
  return target - prediction;
}
