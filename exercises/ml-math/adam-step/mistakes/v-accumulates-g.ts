function secondMoment(v: number, g: number, beta2: number): number {
  return beta2 * v + (1 - beta2) * g;
}
