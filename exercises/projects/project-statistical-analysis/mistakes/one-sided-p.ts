function twoSidedP(t: number, df: number): number {
  return studentTCdf(-Math.abs(t), df);
}
