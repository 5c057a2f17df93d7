function biasCorrections(beta1: number, beta2: number, t: number): [number, number] {
  return [1, 1];
}
