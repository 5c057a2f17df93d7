function annealed(lrMax: number, lrMin: number, factor: number): number {
  return lrMin + lrMax * factor;
}
