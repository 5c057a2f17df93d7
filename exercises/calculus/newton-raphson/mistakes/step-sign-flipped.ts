function newtonStep(x: number, fx: number, slope: number): number {
  if (slope === 0) throw new Error("zero derivative");
  return x + fx / slope;
}
