function newtonStep(x: number, fx: number, slope: number): number {
  return x - fx / slope;
}
