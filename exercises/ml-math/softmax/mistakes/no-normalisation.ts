function normalised(exps: number[]): number[] {
  return exps;
}
