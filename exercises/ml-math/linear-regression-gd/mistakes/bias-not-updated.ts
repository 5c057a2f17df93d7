function updateBias(bias: number, summedResiduals: number, lr: number, n: number): number {
  return bias;
}
