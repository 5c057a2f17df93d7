function biasCorrections(beta1: number, beta2: number, t: number): [number, number] {
  return [1 - beta1 ** (t - 1), 1 - beta2 ** (t - 1)];
}
