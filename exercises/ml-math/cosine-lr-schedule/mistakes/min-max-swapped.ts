function annealed(lrMax: number, lrMin: number, factor: number): number {
  return lrMax + (lrMin - lrMax) * factor;
}
