function step(parameter: number, summedGradient: number, lr: number, n: number): number {
  return parameter - lr * (2 * summedGradient);
}
