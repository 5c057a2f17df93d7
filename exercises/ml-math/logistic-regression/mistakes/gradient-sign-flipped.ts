function step(parameter: number, summedGradient: number, lr: number, n: number): number {
  return parameter + lr * (summedGradient / n);
}
