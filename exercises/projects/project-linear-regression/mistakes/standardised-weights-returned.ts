function toOriginalUnits(v: number[], c: number, mu: number[], sigma: number[]): { weights: number[]; bias: number } {
  return { weights: v, bias: c };
}
