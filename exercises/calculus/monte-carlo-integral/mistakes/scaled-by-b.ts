function sample(a: number, b: number, rng: () => number): number {
  return a + b * rng();
}
